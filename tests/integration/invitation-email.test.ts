// Invitation emails go out through a real SMTP server (smtp-server on loopback).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendInvitationEmail } from '@/lib/server/invitations/send-invitation-email';
import { startSmtpReceiver } from '../support/smtp-receiver';

let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
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
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
    expect(await sendInvitationEmail(invitation)).toBe('sent');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual([invitation.to]);
    expect(smtp.received[0]!.body).toContain('Subject: Dana Demo invited you to Politics desk on Margin');
    expect(smtp.received[0]!.body).toContain(invitation.url);
  });

  it('reports a failure (the inviter still has the link) when the server cannot be reached', async () => {
    process.env.SMTP_URL = 'smtp://127.0.0.1:1';
    expect(await sendInvitationEmail(invitation)).toBe('failed');
  });
});
