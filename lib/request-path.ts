/** Set by proxy.ts: the path and query the browser asked for, for redirects back after sign-in. */
export const REQUEST_PATH_HEADER = 'x-margin-path';
