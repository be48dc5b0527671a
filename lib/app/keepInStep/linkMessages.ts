import type { ConnectionStatus } from '@/lib/sync/connectionStatus';
import { readPresence, type Presence } from '@/lib/sync/presence';
import { fromBase64, toBase64 } from '@/lib/util/base64';
import { err, ok, type Result } from '@/lib/util/result';

/**
 * What a panel and the offscreen document say over the port that lets the
 * panel use the document's connection to a board kept in step (panelLink.ts,
 * attend.ts). Only the extension's own pages can open it
 * (`runtime.onConnect`, never `onConnectExternal`), but each message is still
 * read as data that may be malformed: a bad one is dropped, never thrown.
 */

/** The connection's state as the document sees it, for the panel to show as its own. */
export interface LinkState {
  status: ConnectionStatus;
  others: Presence[];
  visitors: number;
  unreadable: number;
  refused: (string | null)[];
}

export type LinkMessage =
  /** Panel → document, first: which board. */
  | { kind: 'attend'; board: string }
  /** Document → panel: it does not hold that board (the panel connects on its own). */
  | { kind: 'absent' }
  /** Either way: a Yjs sync message (y-protocols/sync), base64. */
  | { kind: 'sync'; data: Uint8Array }
  /** Document → panel, on every change. */
  | ({ kind: 'state' } & LinkState)
  /** Panel → document: the item this person's cursor is in. */
  | { kind: 'editing'; item: string | null }
  /**
   * Panel → document: the panel's live session, on every change. If the
   * panel's page goes with one live (closed, crashed), the document ends and
   * stores it: a page cannot finish a write as it closes.
   */
  | { kind: 'session'; live: LinkSession | null };

/** A live session as the port carries it (`LiveSession` with its people as pairs). */
export interface LinkSession {
  startedAt: number;
  manual: boolean;
  people: [string, string][];
}

/** A message as posted (bytes as base64: runtime ports carry JSON). */
export function writeLinkMessage(message: LinkMessage): unknown {
  return message.kind === 'sync' ? { kind: 'sync', data: toBase64(message.data) } : message;
}

const STATUS_KINDS = new Set([
  'not-shared',
  'no-signaling',
  'offline',
  'connecting',
  'unreachable',
  'waiting',
  'connected',
  'kept-in-step',
  'direct-closed',
]);
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((name) => typeof name === 'string');
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function readStatus(value: unknown): ConnectionStatus | null {
  if (typeof value !== 'object' || value === null) return null;
  const status = value as Record<string, unknown>;
  if (typeof status.kind !== 'string' || !STATUS_KINDS.has(status.kind)) return null;
  if (status.kind === 'connected' && !(isStrings(status.names) && isCount(status.count) && isCount(status.visitors))) return null;
  if (status.kind === 'kept-in-step' && !isStrings(status.names)) return null;
  return value as ConnectionStatus;
}

export function readLinkMessage(raw: unknown): Result<LinkMessage> {
  if (typeof raw !== 'object' || raw === null) return err('not a message');
  const message = raw as Record<string, unknown>;
  switch (message.kind) {
    case 'attend':
      return typeof message.board === 'string' && message.board.length <= 64
        ? ok({ kind: 'attend', board: message.board })
        : err('no board');
    case 'absent':
      return ok({ kind: 'absent' });
    case 'sync': {
      const data = typeof message.data === 'string' ? fromBase64(message.data) : null;
      return data ? ok({ kind: 'sync', data }) : err('sync data that is not base64');
    }
    case 'editing':
      return message.item === null || (typeof message.item === 'string' && message.item.length <= 64)
        ? ok({ kind: 'editing', item: message.item })
        : err('an item that is not one');
    case 'session': {
      if (message.live === null) return ok({ kind: 'session', live: null });
      const live = message.live as Record<string, unknown> | undefined;
      const people = live?.people;
      const valid =
        typeof live === 'object' &&
        isCount(live.startedAt) &&
        typeof live.manual === 'boolean' &&
        Array.isArray(people) &&
        people.length <= 64 &&
        people.every((pair) => Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string'));
      return valid
        ? ok({
            kind: 'session',
            live: { startedAt: live.startedAt as number, manual: live.manual as boolean, people: people as [string, string][] },
          })
        : err('a session that cannot be read');
    }
    case 'state': {
      const status = readStatus(message.status);
      const others = Array.isArray(message.others) ? message.others.map(readPresence) : null;
      const refused = Array.isArray(message.refused) && message.refused.every((name) => name === null || typeof name === 'string');
      if (!status || !others || others.includes(null) || !isCount(message.visitors) || !isCount(message.unreadable) || !refused) {
        return err('a connection state that cannot be read');
      }
      return ok({
        kind: 'state',
        status,
        others: others as Presence[],
        visitors: message.visitors,
        unreadable: message.unreadable,
        refused: message.refused as (string | null)[],
      });
    }
    default:
      return err('a message of no known kind');
  }
}

/** The part of a runtime port the link uses (a browser's, or an in-memory pair in Node tests). */
export interface LinkPort {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** The other end went away (its page closed, or it disconnected). */
  onClose(listener: () => void): void;
  close(): void;
}
