import { BoardGoneError } from '@/lib/store/updateLog';

/**
 * Plain words for why a save failed. People may be in a hard conversation
 * when this appears: say what happened, that nothing on screen is lost, and
 * what happens next.
 */
export function describeSaveError(error: unknown): string {
  const name = errorName(error);
  if (error instanceof BoardGoneError) {
    return 'This board was deleted on this device (perhaps in another window), so new changes here can no longer be saved.';
  }
  if (name === 'QuotaExceededError') {
    return 'Your device is out of storage space, so your latest changes are not saved yet. They are safe in this window; free up some space and they will be saved automatically.';
  }
  return 'Your latest changes could not be saved to this device just now. They are safe in this window, and saving will be tried again automatically.';
}

/** Dexie wraps IndexedDB errors; the cause may sit one level down in `inner`. */
function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  if (name === 'QuotaExceededError') return name;
  if (typeof inner === 'object' && inner !== null) return errorName(inner);
  return typeof name === 'string' ? name : '';
}
