// A stored file sent back as a download, never rendered: its own type, `attachment`, no sniffing,
// and a policy that runs nothing should a browser open it anyway.

/** `attachment; filename="report.pdf"; filename*=UTF-8''…` (RFC 6266): an ASCII fallback and the real name. */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_') || 'download';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function attachmentHeaders(file: { fileName: string; contentType: string; byteLength: number }): HeadersInit {
  return {
    'content-type': file.contentType,
    'content-length': String(file.byteLength),
    'content-disposition': attachmentDisposition(file.fileName),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'private, no-store',
  };
}
