// What a browser adds to a request that this site's own page makes (fetch from the app): the
// cookie-authenticated routes refuse unsafe requests without it (lib/http/cross-origin.ts).
export const FROM_OWN_PAGE = { 'sec-fetch-site': 'same-origin' } as const;
