import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { ConnectionStatus } from './connectionStatus';

/** What each device announces about itself while a board is open. */
export interface Presence {
  personId: string;
  name: string;
  colour: string;
  /** The item this person's cursor is in, if any. */
  editing: string | null;
}

export interface BoardConnection {
  /** Through a room (y-webrtc, signaling servers) or direct (paired by codes, no server). */
  readonly kind: 'room' | 'direct';
  status(): ConnectionStatus;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  /** The other people here now (not this device). */
  others(): Presence[];
  onOthers(listener: (others: Presence[]) => void): () => void;
  /** How many messages from peers were left out because they could not be read (malformed, too large). */
  unreadable(): number;
  onUnreadable(listener: (count: number) => void): () => void;
  setEditing(itemId: string | null): void;
  destroy(): Promise<void>;
}

/** A peer's announced presence, validated: anything else is ignored. */
export function readPresence(state: unknown): Presence | null {
  if (typeof state !== 'object' || state === null) return null;
  const { personId, name, colour, editing } = state as Record<string, unknown>;
  if (typeof personId !== 'string' || typeof name !== 'string' || typeof colour !== 'string') return null;
  if (!/^#[0-9a-f]{6}$/i.test(colour)) return null;
  return {
    personId: personId.slice(0, 64),
    name: name.slice(0, 40),
    colour,
    editing: typeof editing === 'string' ? editing.slice(0, 64) : null,
  };
}

/**
 * What both kinds of connection keep and tell: the status, the other
 * people here (from Yjs awareness), and how many messages could not be
 * read. Listeners hear a value only when it changed (compared as JSON: the
 * values are small and plain, and y-webrtc's poll re-reads them every
 * second). `clear()` drops every listener.
 */
export function connectionState(
  doc: Y.Doc,
  awareness: Awareness,
  me: Omit<Presence, 'editing'>,
  initialStatus: ConnectionStatus,
) {
  const status = watched(initialStatus);
  const others = watched<Presence[]>([]);
  const unreadable = watched(0);
  awareness.setLocalState({ ...me, editing: null } satisfies Presence);
  return {
    status,
    others,
    unreadable,
    /** The other people whose presence is here now (not this device, not this person on another device). */
    readOthers(): Presence[] {
      const list: Presence[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === doc.clientID) return;
        const presence = readPresence(state);
        if (presence && presence.personId !== me.personId) list.push(presence);
      });
      return list;
    },
    /** The part of `BoardConnection` that is the same for both kinds. */
    members: {
      status: status.get,
      onStatus: status.on,
      others: others.get,
      onOthers: others.on,
      unreadable: unreadable.get,
      onUnreadable: unreadable.on,
      setEditing(itemId: string | null) {
        const local = readPresence(awareness.getLocalState());
        if (local && local.editing !== itemId) awareness.setLocalState({ ...local, editing: itemId });
      },
    } satisfies Omit<BoardConnection, 'kind' | 'destroy'>,
    clear() {
      status.clear();
      others.clear();
      unreadable.clear();
    },
  };
}

function watched<T>(initial: T) {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next: T) {
      if (JSON.stringify(next) === JSON.stringify(value)) return;
      value = next;
      listeners.forEach((listener) => listener(value));
    },
    on(listener: (value: T) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    clear: () => listeners.clear(),
  };
}
