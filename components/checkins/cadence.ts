import { CADENCES } from '@/lib/board/agreement/revisit';

/** "every 3 months", or "every 10 days" for a cadence not in the list. */
export const cadenceWords = (days: number) =>
  CADENCES.find((cadence) => cadence.days === days)?.words ?? `every ${days} day${days === 1 ? '' : 's'}`;
