// Invitation emails go out through a real SMTP server (smtp-server on loopback).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendInvitationEmail } from '@/lib/server/invitations/send-invitation-email';

const received: { to: string[]; body: string }[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const invitation = {
  to: 'new.checker@example.test',
  url: 'http://localhost:3000/invite/abcdefghijklmnopqrstuvwxyz',
  workspaceName: 'Politics desk',
  inviterName: 'Dana Demo',
  role: 'checker',
};

describe('invitation email', () => {
  it('is not sent when SMTP_URL is not set', async () => {
    delete process.env.SMTP_URL;
    expect(await sendInvitationEmail(invitation)).toBe('not_configured');
  });

  it('is sent with the link when SMTP_URL is set', async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    expect(await sendInvitationEmail(invitation)).toBe('sent');
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual([invitation.to]);
    expect(received[0]!.body).toContain('Subject: Dana Demo invited you to Politics desk on Margin');
    expect(received[0]!.body).toContain(invitation.url);
  });

  it('reports a failure (the inviter still has the link) when the server cannot be reached', async () => {
    process.env.SMTP_URL = 'smtp://127.0.0.1:1';
    expect(await sendInvitationEmail(invitation)).toBe('failed');
  });
});
