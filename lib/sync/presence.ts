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
