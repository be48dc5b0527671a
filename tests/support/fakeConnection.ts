import type { BoardConnection, Presence } from '@/lib/sync/presence';

/** A connection that stays as given: connected with `others` (nobody unless given), never changing. */
export function steadyConnection(kind: BoardConnection['kind'], others: Presence[] = []): BoardConnection {
  return {
    kind,
    status: () => ({ kind: 'connected', names: others.map((other) => other.name), count: Math.max(others.length, 1), visitors: 0 }),
    onStatus: () => () => {},
    others: () => others,
    onOthers: () => () => {},
    visitors: () => 0,
    unreadable: () => 0,
    onUnreadable: () => () => {},
    refusedFrom: () => [],
    setEditing: () => {},
    setInStep: () => {},
    destroy: () => Promise.resolve(),
  };
}
