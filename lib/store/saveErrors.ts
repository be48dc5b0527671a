import { BoardGoneError } from '@/lib/store/updateLog';
import { t } from '@/lib/i18n/messages';

/**
 * Plain words for why a save failed. People may be in a hard conversation
 * when this appears: say what happened, that nothing on screen is lost, and
 * what happens next.
 */
export function describeSaveError(error: unknown): string {
  const name = errorName(error);
  if (error instanceof BoardGoneError) return t.store.save.boardGone;
  if (name === 'QuotaExceededError') return t.store.save.diskFull;
  return t.store.save.failed;
}

/** Dexie wraps IndexedDB errors; the cause may sit one level down in `inner`. */
function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  if (name === 'QuotaExceededError') return name;
  if (typeof inner === 'object' && inner !== null) return errorName(inner);
  return typeof name === 'string' ? name : '';
}
