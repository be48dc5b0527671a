/** "just now", "5 minutes ago", "yesterday", or a date: calm, not precise to the second. */
export function formatRelative(time: number, now = Date.now()): string {
  const minutes = Math.round((now - time) / 60000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  if (hours < 48) return 'yesterday';
  return formatDate(time);
}

// One formatter for the page: toLocaleDateString builds a new one per call,
// which cost ~60 ms on a board with a few hundred celebrations.
const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function formatDate(time: number): string {
  return dateFormat.format(time);
}
