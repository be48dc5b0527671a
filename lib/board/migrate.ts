import type * as Y from 'yjs';
import { FORMAT_VERSION } from '@/lib/board/format';
import { origins } from '@/lib/board/origins';
import { boardMaps } from '@/lib/board/schema';

/**
 * Upgrades an older board document in place. `migrations[n]` turns format n
 * into n + 1. Migrations must be idempotent: two devices may upgrade the same
 * board while apart, and both upgrades merge.
 */
export type Migration = (doc: Y.Doc) => void;

/** Format 1 is the first; the next format adds its step here as `1: (doc) => ...`. */
export const migrations: Readonly<Record<number, Migration>> = {};

export function migrateBoard(doc: Y.Doc, steps: Readonly<Record<number, Migration>> = migrations, target = FORMAT_VERSION): number {
  const { meta } = boardMaps(doc);
  const from = meta.get('formatVersion');
  if (typeof from !== 'number' || from >= target) return typeof from === 'number' ? from : 0;
  doc.transact(() => {
    for (let version = from; version < target; version++) {
      const step = steps[version];
      // not-ui: a missing step is a bug in this code, found by its tests; no person reads it
      if (!step) throw new Error(`No migration from board format ${version}`);
      step(doc);
    }
    meta.set('formatVersion', target);
  }, origins.migration);
  return target;
}
