/** Only same-site paths are followed after sign-in; anything else goes to the workspaces. */
export function safeRedirectPath(value: unknown, fallback = '/w'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback;
  }
  return value;
}
