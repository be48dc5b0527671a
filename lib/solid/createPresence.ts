import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { PersonView } from '@/lib/board/read';
import { assignLooks } from '@/lib/board/people/looks';
import type { BoardHandle } from '@/lib/app/boardHandle';
import type { ConnectionStatus } from '@/lib/sync/connectionStatus';
import { type BoardConnection, type Presence } from '@/lib/sync/presence';

export interface PersonOnBoard extends PersonView {
  here: boolean;
  isMe: boolean;
}

export interface PresenceState {
  /** The connection status; `not-shared` until the board is shared. */
  status: Accessor<ConnectionStatus>;
  /** Everyone who ever joined, with whether they are here now. */
  people: Accessor<PersonOnBoard[]>;
  /** Who else is editing this item right now. */
  editorsOf(itemId: string): Presence[];
  /** Messages from peers left out because they could not be read or accepted. */
  unreadable: Accessor<number>;
  /** Whose they were: names of people proved here, null for a device not confirmed. */
  refusedFrom: Accessor<(string | null)[]>;
}

/**
 * Who is on the board and how it is connected, as Solid state. Follows the
 * session's connection as it appears (a board shared mid-session) and drops
 * every listener with the owner. `known` is everyone on the board as
 * createConsent reads them (signatures checked, roles in force).
 */
export function createPresence(board: BoardHandle, known: Accessor<PersonView[]>): PresenceState {
  const [status, setStatus] = createSignal<ConnectionStatus>({ kind: 'not-shared' });
  const [others, setOthers] = createSignal<Presence[]>([]);
  const [unreadable, setUnreadable] = createSignal(0);
  const [refusedFrom, setRefusedFrom] = createSignal<(string | null)[]>([]);
  let stopConnection = () => {};
  const follow = (connection: BoardConnection | null) => {
    stopConnection();
    stopConnection = () => {};
    // Between rooms (a reset invite): nobody is here until the new room connects.
    if (!connection) {
      setOthers([]);
      return setStatus({ kind: 'connecting' });
    }
    setStatus(connection.status());
    setOthers(connection.others());
    const offStatus = connection.onStatus(setStatus);
    const offOthers = connection.onOthers((next) => setOthers([...next]));
    setUnreadable(connection.unreadable());
    setRefusedFrom(connection.refusedFrom());
    const offUnreadable = connection.onUnreadable((count) => {
      setUnreadable(count);
      setRefusedFrom([...connection.refusedFrom()]);
    });
    stopConnection = () => {
      offStatus();
      offOthers();
      offUnreadable();
    };
  };
  follow(board.connection());
  onCleanup(board.onConnection(follow));
  onCleanup(() => stopConnection());

  const people = createMemo((): PersonOnBoard[] => {
    const here = new Set(others().map((other) => other.personId));
    const list = known().map((person) => ({
      ...person,
      here: person.id === board.personId || here.has(person.id),
      isMe: person.id === board.personId,
    }));
    // Someone here whose name has not synced into the doc yet still shows, in
    // a look no one on the board has (everyone else keeps theirs).
    const newcomers = others().filter((other) => !list.some((person) => person.id === other.personId));
    const looks = assignLooks(
      newcomers.map((other) => ({ id: other.personId, joinedAt: 0, chosen: other.colour })),
      list,
    );
    for (const other of newcomers) {
      if (list.some((person) => person.id === other.personId)) continue;
      list.push({
        id: other.personId,
        name: other.name,
        joinedAt: Date.now(),
        ...looks.get(other.personId)!,
        role: 'partner',
        joinedAs: 'partner',
        verified: false,
        here: true,
        isMe: false,
      });
    }
    return list;
  });
  // An editor is drawn in the look the board gives them, not the colour their device announces.
  const colourOf = createMemo(() => new Map(people().map((person) => [person.id, person.colour])));

  return {
    status,
    people,
    editorsOf: (itemId) =>
      others()
        .filter((other) => other.editing === itemId)
        .map((other) => ({ ...other, colour: colourOf().get(other.personId) ?? other.colour })),
    unreadable,
    refusedFrom,
  };
}
