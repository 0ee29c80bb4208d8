// Light on purpose: request handlers use it without loading the parsers (see extensions.ts).

/** The media type of a Content-Type header, lower case ('' when there is none). */
export const mediaType = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();
