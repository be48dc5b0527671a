import type { Awareness } from 'y-protocols/awareness';
import { randomHex } from '@/lib/util/ids';
import { watched } from '@/lib/util/watched';
import type { ConnectionStatus, KeptInStep } from '@/lib/sync/connectionStatus';
import { makePresenceGuard } from '@/lib/sync/room/presenceGuard';
import { makeProofChecker, presenceStatement, type PresenceProofs } from '@/lib/sync/room/presenceProof';

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
  /** Others connected whose presence is not proved by their own device (a stock Yjs peer, someone unknown): never shown as a person. */
  visitors(): number;
  /** How many messages from peers were left out because they could not be read or accepted (malformed, too large, past the board's limits). */
  unreadable(): number;
  onUnreadable(listener: (count: number) => void): () => void;
  /** Whose changes were left out: the names of people proved here, or null for someone not confirmed. */
  refusedFrom(): (string | null)[];
  setEditing(itemId: string | null): void;
  /**
   * Whether this device says it only keeps the board in step, nobody at it
   * (lib/app/keepInStep): the background's connection says so until a
   * panel of this browser attends it, then that its person is here.
   */
  setInStep(inStep: boolean): void;
  destroy(): Promise<void>;
}

/** Whether an announced presence says its device only keeps the board in step, its person away (presenceProof.ts). */
export const saysInStep = (state: unknown): boolean => (state as { inStep?: unknown } | null)?.inStep === true;

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

/** What a device needs to prove its own presence and check others' (presenceProof.ts). */
export interface PresenceIdentity {
  /** The key whose signatures count for a person on this board, if this device knows one. */
  keyOf(personId: string): string | undefined;
  sign(statement: string): Promise<string>;
}

/** Remote states whose proofs this device answers; more are ignored (presenceGuard.ts bounds a room far below it). */
const MAX_PROOFS = 16;

/**
 * What both kinds of connection keep and tell: the status, the other
 * people here (from Yjs awareness), and how many messages could not be
 * read. Listeners hear a value only when it changed (compared as JSON: the
 * values are small and plain, and y-webrtc's poll re-reads them every
 * second). `clear()` drops every listener.
 *
 * `others` holds only people whose own device proved its presence over its
 * own connection (presenceProof.ts); everyone else connected is counted in
 * `visitors`. Without an `identity` (test peers) nobody is proved.
 *
 * A device that keeps the board in step with nobody at it (`me.inStep`,
 * lib/app/keepInStep) says so in its presence: it is never one of `others`
 * (nobody is here, and no session begins) and never a visitor; when proved,
 * it is in `kept`, which the status tells apart from people.
 *
 * This device is `awareness.clientID` throughout, never `doc.clientID`: Yjs
 * gives a doc a new client id when a remote change writes under its current
 * one, while awareness keeps announcing the id it started with. Proofs
 * keyed by the doc's new id were then never signed by anyone, and every
 * person here showed as an unconfirmed visitor (seen in two e2e runs).
 */
export function connectionState(
  awareness: Awareness,
  me: Omit<Presence, 'editing'> & { inStep?: boolean },
  initialStatus: ConnectionStatus,
  { identity, selfPeer, onProved }: { identity?: PresenceIdentity; selfPeer: () => string | undefined; onProved: () => void },
) {
  const status = watched(initialStatus);
  const others = watched<Presence[]>([]);
  const visitors = watched(0);
  const kept = watched<KeptInStep>({ names: [], own: 0 });
  const unreadable = watched(0);
  const refused = watched<(string | null)[]>([]);
  const guard = makePresenceGuard(() => awareness.clientID);
  const checker = makeProofChecker(onProved);
  const nonce = randomHex(16);
  let proofs: Record<string, string> = {};
  /** Which nonce each proof answers, so a peer's new nonce gets a new proof. */
  const answered = new Map<string, string>();
  let inStep = me.inStep === true;
  /** The flag as last announced: it changes together with proofs signed for it, never before them. */
  let announcedInStep = inStep;
  awareness.setLocalState({
    personId: me.personId,
    name: me.name,
    colour: me.colour,
    editing: null,
    nonce,
    proofs,
    ...(inStep ? { inStep: true as const } : {}),
  } satisfies Presence & PresenceProofs);

  const setLocal = (patch: Record<string, unknown>) => {
    const local = awareness.getLocalState();
    if (local) awareness.setLocalState({ ...local, ...patch });
  };

  /** Answers every other device's nonce with a proof of this device's presence. */
  let proving = false;
  let again = false;
  const prove = async (): Promise<void> => {
    const peerId = selfPeer();
    if (!identity || peerId === undefined) return;
    if (proving) {
      again = true;
      return;
    }
    proving = true;
    again = false;
    try {
      const wanted = new Map<string, string>();
      awareness.getStates().forEach((state, clientId) => {
        const theirs = (state as { nonce?: unknown } | null)?.nonce;
        if (clientId === awareness.clientID || typeof theirs !== 'string' || theirs.length > 64) return;
        if (wanted.size < MAX_PROOFS) wanted.set(String(clientId), theirs);
      });
      const next: Record<string, string> = {};
      const signingInStep = inStep;
      let changed = Object.keys(proofs).some((clientId) => !wanted.has(clientId)) || signingInStep !== announcedInStep;
      for (const [clientId, theirs] of wanted) {
        // A proof answers one nonce, signed as in step or not.
        const answer = `${signingInStep}:${theirs}`;
        if (answered.get(clientId) === answer && proofs[clientId]) {
          next[clientId] = proofs[clientId];
          continue;
        }
        next[clientId] = await identity.sign(presenceStatement(me.personId, me.name, awareness.clientID, peerId, theirs, signingInStep));
        answered.set(clientId, answer);
        changed = true;
      }
      if (changed) {
        proofs = next;
        announcedInStep = signingInStep;
        setLocal({ proofs, inStep: signingInStep ? true : undefined });
      }
      if (signingInStep !== inStep) again = true;
    } finally {
      proving = false;
    }
    if (again) return prove();
  };
  const onChange = ({ added, updated }: { added: number[]; updated: number[] }) => {
    if ([...added, ...updated].some((clientId) => clientId !== awareness.clientID)) void prove();
  };
  awareness.on('change', onChange);

  const provedBy = (clientId: number, state: unknown, presence: Presence, peers: Iterable<string>) => {
    const proof = (state as { proofs?: Record<string, unknown> }).proofs?.[String(awareness.clientID)];
    const key = identity?.keyOf(presence.personId);
    for (const peer of peers) {
      const statement = presenceStatement(presence.personId, presence.name, clientId, peer, nonce, saysInStep(state));
      if (checker.verified(key, statement, proof)) return true;
    }
    return false;
  };
  /** The person proved on a connection, if any. */
  const nameOn = (peer: string): string | null => {
    let name: string | null = null;
    awareness.getStates().forEach((state, clientId) => {
      const presence = readPresence(state);
      if (name === null && presence && clientId !== awareness.clientID && provedBy(clientId, state, presence, [peer])) name = presence.name;
    });
    return name;
  };

  const read = () => {
    const list: Presence[] = [];
    let unproved = 0;
    const keepers: KeptInStep = { names: [], own: 0 };
    awareness.getStates().forEach((state, clientId) => {
      if (clientId === awareness.clientID) return;
      const presence = readPresence(state);
      if (!presence) return;
      const proved = () => provedBy(clientId, state, presence, guard.deliveredBy(clientId));
      if (saysInStep(state)) {
        // Nobody at that device: not a person here, and not a visitor either
        // (its state also comes relayed, where no proof can hold). Named only
        // when proved; this person's own background is counted apart, never
        // as someone else.
        if (presence.personId === me.personId) keepers.own++;
        else if (proved() && !keepers.names.includes(presence.name)) keepers.names.push(presence.name);
        return;
      }
      if (presence.personId === me.personId) return;
      // TODO(#19): a panel that vanished without taking its presence back
      // (a crash; a closed panel takes it back on `beforeunload`), relayed by
      // a background, counts here as a visitor until y-protocols drops it (30 s).
      if (proved()) list.push(presence);
      else unproved++;
    });
    return { list, unproved, keepers };
  };

  return {
    status,
    others,
    visitors,
    unreadable,
    guard,
    /** Counts a message left out, and remembers whose it was (the person proved on that connection, if any). */
    refuse(peer: string) {
      const name = nameOn(peer);
      if (!refused.get().includes(name)) refused.set([...refused.get(), name]);
      unreadable.set(unreadable.get() + 1);
    },
    /** The other people proved here now (not this device, not this person on another device). */
    readOthers(): Presence[] {
      const { list, unproved, keepers } = read();
      visitors.set(unproved);
      kept.set({ names: keepers.names.sort(), own: keepers.own });
      return list;
    },
    /** The devices keeping the board in step with nobody at them, as of the last `readOthers`. */
    kept: kept.get,
    /** The part of `BoardConnection` that is the same for both kinds. */
    members: {
      status: status.get,
      onStatus: status.on,
      others: others.get,
      onOthers: others.on,
      visitors: visitors.get,
      unreadable: unreadable.get,
      onUnreadable: unreadable.on,
      refusedFrom: refused.get,
      setEditing(itemId: string | null) {
        const local = readPresence(awareness.getLocalState());
        if (local && local.editing !== itemId) setLocal({ editing: itemId });
      },
      setInStep(on: boolean) {
        if (on === inStep) return;
        inStep = on;
        // Without identity or peer yet nothing is proved: the flag alone goes out, and proofs follow it.
        if (!identity || selfPeer() === undefined) {
          announcedInStep = on;
          setLocal({ inStep: on ? true : undefined });
        }
        void prove();
      },
    } satisfies Omit<BoardConnection, 'kind' | 'destroy'>,
    clear() {
      awareness.off('change', onChange);
      status.clear();
      others.clear();
      visitors.clear();
      kept.clear();
      unreadable.clear();
      refused.clear();
    },
  };
}
