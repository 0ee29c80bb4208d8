import 'server-only';

/**
 * The app's public address (`APP_URL`), from configuration only: links that leave the app
 * (invitations, email verification, webhook payloads) and the same-origin check of unsafe
 * requests never trust a request's Host, Origin or X-Forwarded-Host headers, which a client or a
 * misconfigured proxy controls. `npm start` and the test servers set it to their own address.
 */
export function appOrigin(): string {
  const configured = process.env.APP_URL ?? process.env.AUTH_URL;
  if (!configured) return 'http://localhost:3000';
  try {
    return new URL(configured).origin;
  } catch {
    throw new Error(`APP_URL is not an absolute URL: ${configured}`);
  }
}

/** An absolute link to `path` (which starts with `/`) on the app's public address. */
export function appLink(path: string): string {
  return new URL(path, appOrigin()).toString();
}
