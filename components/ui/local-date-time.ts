/** A date and time in the reader's own time zone ("7 Dec 2026, 21:50"), for client components. */
export const formatLocalDateTime = (date: Date | string) =>
  new Date(date).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
