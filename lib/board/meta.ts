import type * as Y from 'yjs';
import {
  DEFAULT_CHECK_IN_DAYS,
  DEFAULT_REVISIT_DAYS,
  FORMAT_VERSION,
  MAX_CADENCE_DAYS,
  MAX_TITLE_LENGTH,
  isRelationshipKind,
  type RelationshipKind,
} from '@/lib/board/format';
import { boardMaps } from '@/lib/board/schema';
import { err, ok, type Result } from '@/lib/util/result';
import { t } from '@/lib/i18n/messages';

/**
 * The board's meta as a validated view (see read.ts for why views), and the
 * board's identity. Apart from read.ts because every signature names the
 * board (trust.ts), and trust.ts sits below the reads of people.
 */
export interface MetaView {
  formatVersion: number;
  title: string;
  kind: RelationshipKind;
  createdAt: number;
  /** Who made the board (a person id); with createdAt, the board's identity across devices and backups. */
  createdBy: string;
  /** How often agreements come due for a revisit, and how often people check in, in days. */
  revisitEveryDays: number;
  checkInEveryDays: number;
}

export type BoardDocProblem = { kind: 'not-a-board' } | { kind: 'newer-format'; version: number };

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Reads the board's meta; a doc without a format version is not a board we
 * can show. A title of the wrong type (a peer may write anything) does not
 * make the board unreadable: it reads as "Untitled board".
 */
export function readMeta(doc: Y.Doc): Result<MetaView, BoardDocProblem> {
  const { meta } = boardMaps(doc);
  const formatVersion = meta.get('formatVersion');
  const title = meta.get('title');
  const kind = meta.get('kind');
  const createdAt = meta.get('createdAt');
  if (!isFiniteNumber(formatVersion)) return err({ kind: 'not-a-board' });
  if (formatVersion > FORMAT_VERSION) return err({ kind: 'newer-format', version: formatVersion });
  return ok({
    formatVersion,
    title: typeof title === 'string' && title.trim() !== '' ? title.slice(0, MAX_TITLE_LENGTH) : t.model.untitledBoard,
    kind: isRelationshipKind(kind) ? kind : 'partners',
    createdAt: isFiniteNumber(createdAt) ? createdAt : 0,
    createdBy: typeof meta.get('createdBy') === 'string' ? (meta.get('createdBy') as string) : '',
    revisitEveryDays: cadence(meta.get('revisitEveryDays'), DEFAULT_REVISIT_DAYS),
    checkInEveryDays: cadence(meta.get('checkInEveryDays'), DEFAULT_CHECK_IN_DAYS),
  });
}

/** The same board on every device and in every backup: who made it, and when. */
export const boardUid = (meta: Pick<MetaView, 'createdBy' | 'createdAt'>) => `${meta.createdBy}:${meta.createdAt}`;

/** A cadence in whole days within reason, else the default. */
const cadence = (value: unknown, fallback: number) =>
  isFiniteNumber(value) && Number.isInteger(value) && value >= 1 && value <= MAX_CADENCE_DAYS ? value : fallback;
