import 'server-only';
import nodemailer from 'nodemailer';

export type Mail = { to: string; subject: string; text: string };

/** Whether outgoing mail is configured (SMTP_URL). Without it, links are shown and logged only. */
export const isMailConfigured = () => Boolean(process.env.SMTP_URL);

/** Sends through the SMTP server in SMTP_URL, e.g. smtp://user:password@mail.example.org:587. */
export async function sendMail({ to, subject, text }: Mail) {
  const url = process.env.SMTP_URL;
  if (!url) throw new Error('SMTP_URL is not set.');
  const transport = nodemailer.createTransport(url);
  try {
    await transport.sendMail({ from: process.env.MAIL_FROM || 'Margin <margin@localhost>', to, subject, text });
  } finally {
    transport.close();
  }
}
