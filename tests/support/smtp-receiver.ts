// A real SMTP server (smtp-server) on loopback that keeps what it receives: the integration tests
// read mail from it, and the end-to-end stage runs one as its mail catcher (e2e/support/mail-catcher.ts).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string[]; body: string };

/** The message with quoted-printable soft line breaks undone, so a long link reads whole. */
export const mailText = (mail: ReceivedMail) => mail.body.replace(/=\r?\n/g, '').replace(/=3D/g, '=');

export async function startSmtpReceiver({ port = 0, onMail }: { port?: number; onMail?: (mail: ReceivedMail) => void } = {}) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
      stream.on('end', () => {
        const mail = { to: session.envelope.rcptTo.map((rcpt) => rcpt.address), body };
        received.push(mail);
        onMail?.(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
