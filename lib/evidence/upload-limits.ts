// Evidence files are kept in PostgreSQL (bytea), so each is capped (docs/LIMITS.md).

export const MAX_EVIDENCE_UPLOAD_BYTES = 20 * 1024 * 1024;

export const EVIDENCE_UPLOAD_TOO_LARGE = `Evidence files can be up to ${MAX_EVIDENCE_UPLOAD_BYTES / 1024 / 1024} MB.`;

/** A media type as the browser declared it, when it is one (type/subtype, no parameters); else a neutral one. */
export function uploadContentType(declared: string): string {
  const type = declared.split(';')[0]!.trim().toLowerCase();
  return /^[a-z0-9][\w.+-]*\/[a-z0-9][\w.+-]*$/.test(type) && type.length <= 127 ? type : 'application/octet-stream';
}

/** Images carry no text Margin reads; their quotes are typed, not selected. */
export const isImage = (contentType: string) => contentType.startsWith('image/');
