// Signs a user in over HTTP the way the browser's form ends up doing it (Auth.js credentials:
// CSRF token, then the callback), and returns the session cookie for fetch. `headers` go with
// both requests (the load benchmark sends each person's own X-Forwarded-For).
export async function signInOverHttp(
  baseUrl: string,
  { email, password }: { email: string; password: string },
  headers: Record<string, string> = {},
): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: baseUrl }),
  });
  const session = response.headers.getSetCookie().find((line) => line.startsWith('authjs.session-token='));
  if (!session) throw new Error(`Signing in ${email} failed (${response.status} ${response.headers.get('location')}).`);
  return session.split(';')[0]!;
}
