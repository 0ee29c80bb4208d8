// What is wrong with a file a person chose, said before it is sent: the browser knows its name and
// size, so an empty, too large or unsupported file is refused at once, not after the upload. The
// server checks the same again (lib/http/read-upload.ts).

/** A chosen file with nothing in it (a failed download, a placeholder): said as such, not as "choose a file". */
export const emptyFileMessage = (name: string, action: 'import' | 'upload' = 'import') =>
  `${name ? `“${name}”` : 'This file'} is empty (0 bytes), so there is nothing to ${action}. Choose the file again, or a copy that has its content.`;

export const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

type Rules = {
  maxBytes: number;
  /** The message past maxBytes (the server's own). */
  tooLarge: string;
  /** Lower-case extensions with their dot ('.pdf'); none: any. */
  extensions?: readonly string[];
  action?: 'import' | 'upload';
};

/** Why `file` cannot be sent, or null when it can. */
export function chosenFileProblem(file: { name: string; size: number }, { maxBytes, tooLarge, extensions, action = 'import' }: Rules) {
  if (file.size === 0) return emptyFileMessage(file.name, action);
  if (file.size > maxBytes) return `${tooLarge} “${file.name}” is ${megabytes(file.size)}.`;
  const name = file.name.toLowerCase();
  if (extensions && extensions.length > 0 && !extensions.some((extension) => name.endsWith(extension)))
    return `“${file.name}” is not a file Margin can ${action}: choose a ${extensions.join(', ')} file.`;
  return null;
}
