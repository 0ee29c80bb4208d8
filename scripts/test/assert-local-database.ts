// Tests create and drop databases: refuse anything but a server on this machine.
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '']);

export function assertLocalDatabase(url: string) {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host) && process.env.MARGIN_TEST_ALLOW_REMOTE !== '1') {
    throw new Error(
      `Refusing to run tests against ${host}: tests create and drop databases. Use a local PostgreSQL, or set MARGIN_TEST_ALLOW_REMOTE=1 if that server is disposable.`,
    );
  }
}
