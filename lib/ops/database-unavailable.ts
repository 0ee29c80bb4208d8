/** What a request is told while the database is gone for a moment (a restart): 503 with Retry-After. */
export const DATABASE_UNAVAILABLE = 'The database is unavailable; retrying. Try again in a few seconds.';
