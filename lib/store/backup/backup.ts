import * as Y from 'yjs';
import { isRelationshipKind, type RelationshipKind } from '@/lib/board/format';
import { err, ok, type Result } from '@/lib/util/result';
import { fromBase64, toBase64 } from '@/lib/util/base64';
import { encodeBoardState } from '@/lib/store/encodeState';
import { boardUid, readMeta } from '@/lib/board/meta';
import { t } from '@/lib/i18n/messages';

/**
 * A JSON backup of one board: its whole Yjs state (so importing it gives back
 * exactly the same board, history of edits merged and all), its name and
 * kind, and this device's private notes only when the person included them.
 * Never the room secret or any setting. docs/board-format.md documents it.
 */
export const BACKUP_FORMAT = 'common-ground-backup';
export const BACKUP_VERSION = 1;
/** Far above any real board (a 5,000-item board is ~1.3 MB); stops a wrong file early. */
const MAX_BACKUP_LENGTH = 60_000_000;

export interface Backup {
  name: string;
  kind: RelationshipKind;
  /** The board's identity (who made it, when): a backup of a board already here merges into it. */
  uid: string;
  state: Uint8Array;
  notes?: string;
}

export function encodeBackup(doc: Y.Doc, board: { name: string; kind: RelationshipKind }, notes: string | null, now: Date): string {
  const meta = readMeta(doc);
  const uid = meta.ok ? boardUid(meta.value) : '';
  return JSON.stringify(
    {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now.toISOString(),
      board: { name: board.name, kind: board.kind, uid },
      // Never pending data: parseBackup refuses it (encodeState.ts says why).
      state: toBase64(encodeBoardState(doc)),
      ...(notes ? { notes } : {}),
    },
    null,
    2,
  );
}

/** Reads a backup file. Every failure says in plain words what is wrong, and nothing is changed. */
export function parseBackup(text: string): Result<Backup> {
  if (text.length > MAX_BACKUP_LENGTH) return err(t.store.backup.tooLarge);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return err(t.store.backup.notJson);
  }
  if (typeof body !== 'object' || body === null) return err(t.store.backup.notBackup);
  const { format, version, board, state, notes } = body as Record<string, unknown>;
  if (format !== BACKUP_FORMAT) return err(t.store.backup.notBackup);
  if (typeof version !== 'number' || version > BACKUP_VERSION) return err(t.store.backup.newerVersion);
  const bytes = typeof state === 'string' ? fromBase64(state) : null;
  if (!bytes) return err(t.store.backup.unreadable);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, bytes);
    const meta = readMeta(doc);
    if (!meta.ok) return err(meta.error.kind === 'newer-format' ? t.store.backup.newerBoard : t.store.backup.noBoard);
    // Missing pieces of history would leave Yjs waiting for updates that never come.
    if (doc.store.pendingStructs || doc.store.pendingDs) return err(t.store.backup.incomplete);
    const { name, kind } = (typeof board === 'object' && board !== null ? board : {}) as Record<string, unknown>;
    return ok({
      name: typeof name === 'string' && name.trim() ? name.trim().slice(0, 80) : meta.value.title,
      kind: isRelationshipKind(kind) ? kind : meta.value.kind,
      uid: boardUid(meta.value),
      state: bytes,
      ...(typeof notes === 'string' && notes ? { notes: notes.slice(0, 200_000) } : {}),
    });
  } catch {
    return err(t.store.backup.unreadable);
  } finally {
    doc.destroy();
  }
}
