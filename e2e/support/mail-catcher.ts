// The end-to-end stage's mail catcher: an SMTP server on loopback (MARGIN_E2E_SMTP_PORT) that
// writes each message it receives into a folder, where specs read it (readMailTo below).
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import { mailText, startSmtpReceiver } from '../../tests/support/smtp-receiver';

export const DEFAULT_E2E_SMTP_PORT = 3105;

export async function startMailCatcher({ port, dir }: { port: number; dir: string }) {
  fs.mkdirSync(dir, { recursive: true });
  return startSmtpReceiver({
    port,
    onMail: (mail) => fs.writeFileSync(path.join(dir, `${randomUUID()}.json`), JSON.stringify({ to: mail.to, text: mailText(mail) })),
  });
}

/** For specs: the text of the first message to `email` the catcher received (waits for it to arrive). */
export async function readMailTo(email: string): Promise<string> {
  const dir = process.env.MARGIN_E2E_MAIL_DIR;
  if (!dir) throw new Error('MARGIN_E2E_MAIL_DIR is not set: run the end-to-end tests through scripts/test.ts.');
  const find = () =>
    fs
      .readdirSync(dir)
      .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { to: string[]; text: string })
      .find((mail) => mail.to.includes(email))?.text;
  await expect.poll(find, { message: `an email to ${email}` }).toBeTruthy();
  return find()!;
}
