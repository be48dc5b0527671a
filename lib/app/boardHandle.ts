import { t } from '@/lib/i18n/messages';
import type * as Y from 'yjs';
import { MARKS, mark } from '@/lib/util/marks';
import { makeEmitter } from '@/lib/util/emitter';
import {
  addItem,
  deleteItem,
  moveItem,
  renameBoard,
  setItemText,
  agree,
  setCelebrationFor,
  setPerson,
  setRevisitOn,
  setRhythm,
  withdraw,
  type Rhythm,
} from '@/lib/board/actions';
import { addCheckIn } from '@/lib/board/checkins';
import { react, type ReactionKey } from '@/lib/board/reactions';
import { voteForRole, withdrawRoleVote } from '@/lib/board/agreement/roles';
import { type Section, type Role } from '@/lib/board/format';
import { makeBoardObserver } from '@/lib/board/observe';
import { mergeKnown, readItem, type KnownPerson } from '@/lib/board/read';
import { rememberPeople } from '@/lib/store/knownPeople';
import { boardMaps } from '@/lib/board/schema';
import { textHash } from '@/lib/board/agreement/consent';
import { checkTrust, statements } from '@/lib/board/agreement/trust';
import { keepSelfSigned, makeOwnSigning } from '@/lib/app/selfSigned';
import { personIdForKey } from '@/lib/board/agreement/signing';
import type { Result } from '@/lib/util/result';
import { makeTextInput } from '@/lib/board/textInput/makeTextInput';
import type { TextBox, TextInput } from '@/lib/board/textInput/textBox';
import { makeUndoManager } from '@/lib/board/undo';
import { awaitsSync, type CommonGroundDB } from '@/lib/store/db';
import type { Device } from '@/lib/store/device';
import { loadBoardDoc, type LoadProblem } from '@/lib/store/loadBoard';
import { loadCounters, rememberCounters } from '@/lib/store/statementCounters';
import { makePersistence, type Persistence, type PersistenceOptions } from '@/lib/store/persistence';
import type { Me } from '@/lib/sync/room/boardConnection';
import { preferredColour } from '@/lib/board/people/colours';
import type { NetSettings } from '@/lib/sync/room/netSettings';
import type { Share } from '@/lib/sync/share';
import { makeSessionTracker, type SessionTracker } from '@/lib/app/sessionTracker';
import { keepReminders } from '@/lib/app/reminders/keepReminders';
import { roleVoteKey, consentKey } from '@/lib/board/docKeys';
import { readMeta } from '@/lib/board/meta';
import { type Trust } from '@/lib/board/agreement/trustTypes';
import { type BoardConnection } from '@/lib/sync/presence';

/**
 * One open board: owns its Y.Doc, its persistence, its undo manager and (once
 * shared) its peer-to-peer connection, and tears them all down in `close()`.
 * The UI talks to a board only through this object (and lib/solid, which
 * reads `doc`, `undoManager` and the connection).
 */
export interface BoardHandle {
  readonly boardId: string;
  readonly doc: Y.Doc;
  readonly undoManager: Y.UndoManager;
  readonly persistence: Persistence;
  /** Sessions on this board: started when people are here together (or by hand), snapshotted when they end. */
  readonly sessions: SessionTracker;
  /** When this board was opened here: "what changed since last session" compares with sessions ended before it. */
  readonly openedAt: number;
  readonly personId: string;
  /** The name from the board list: shown until a joined board's first sync brings its title. */
  readonly listedName: string;
  /** The role this person took on the board on this device (until the doc says otherwise). */
  readonly joinedAs: Role;
  /** This device's key fingerprint: what invites name as their maker. */
  readonly fingerprint: string;
  /** The fingerprint the invite named, if this board was joined with a code that had one. */
  readonly invitedBy?: string;
  connection(): BoardConnection | null;
  onConnection(listener: (connection: BoardConnection | null) => void): () => void;
  /** Connects with this share (a board just shared); a no-op if already connected. */
  connect(share: Share): Promise<void>;
  /** Leaves the current room and connects with this one (`Reset invite`). */
  reconnect(share: Share): Promise<void>;
  /**
   * A panel of this browser attends this board held in the background
   * (lib/app/keepInStep/attend.ts): while any does, its presence says its
   * person is here, not only their browser. Returns what ends it.
   */
  attend(): () => void;
  /** The board is now kept in step: if the background holds it, use that connection instead of this one. */
  useKeeper(on: boolean): Promise<void>;
  /**
   * Runs the board over a direct connection made by pairing codes (no
   * server). It replaces any signaling connection until the board closes,
   * and is closed with the board.
   */
  adopt(connection: BoardConnection): Promise<void>;
  /** People this device saw verified on this board (their keys pinned). */
  known(): readonly KnownPerson[];
  /** Remembers people seen verified (kept in IndexedDB; the first key seen for an id stays). */
  remember(people: readonly KnownPerson[]): void;
  /** The newest statement counters this device saw verified on this board (by `counterKey`; lib/board/agreement/trust.ts). */
  counters(): ReadonlyMap<string, number>;
  /** Raises the remembered counters to those seen verified (kept in IndexedDB; they never go down). */
  rememberCounters(seen: ReadonlyMap<string, number>): void;
  /** The board's signatures checked as this device knows them now: pinned keys, and no statement older than one it saw. */
  trust(): Promise<Trust>;
  /** This device as its connections announce it, with what proves its presence (lib/sync/room/presenceProof.ts). */
  readonly me: Me;
  /** The board's shared title (empty until a joined board's first sync). */
  title(): string;
  /** Whether close() was called. */
  closed(): boolean;
  /** Adds an item (with starting words, e.g. from a prompt) as one undo step; returns its id. */
  addItem(section: Section, text?: string): string;
  /** Sets an item's whole text (an earlier wording brought back); typing goes through `textInput`. */
  setText(itemId: string, value: string): void;
  /**
   * Binds an item's text box to its shared words: each input becomes an edit
   * of what this person saw, and the caret stays on its characters while
   * others type (lib/board/textInput/makeTextInput.ts).
   */
  textInput(itemId: string, box: TextBox): TextInput;
  deleteItem(itemId: string): void;
  moveItem(itemId: string, toIndex: number): void;
  rename(title: string): Result<string>;
  /**
   * This person agrees to an item's current words (only ever for
   * themselves); again, to renew it at a revisit. Signed with this device's
   * key, so it resolves once the signature is written.
   */
  agree(itemId: string): Promise<void>;
  /** Withdraws this person's agreement: a signed statement too, so it resolves once that is written. */
  withdraw(itemId: string): Promise<void>;
  /** A revisit date for one agreement (local midnight), or null for the board's cadence. */
  setRevisitOn(itemId: string, date: number | null): void;
  setRhythm(rhythm: Rhythm): void;
  setCelebrationFor(itemId: string, personId: string | null): void;
  react(itemId: string, reaction: ReactionKey | null): void;
  checkIn(input: { score: number; statement: string }): boolean;
  /** This partner agrees that someone takes a role (suggesting it if nobody has yet), or takes that back. */
  voteForRole(subjectId: string, role: Role): Promise<void>;
  withdrawRoleVote(subjectId: string, role: Role): Promise<void>;
  /** The person's cursor entered (or left) an item: shown to the others, and starts a new undo step. */
  setEditing(itemId: string | null): void;
  undo(): void;
  redo(): void;
  close(): Promise<void>;
}

/** How many times, a second apart, a panel asks the background for a board just turned on (it opens it first). */
const KEEPER_ATTEMPTS = 15;
const KEEPER_RETRY_MS = 1000;

export interface SessionOptions extends PersistenceOptions {
  /** How to reach peers. Without it the session never connects (Node tests of storage). */
  net?: NetSettings;
  /** The stored row, to keep in step with the shared title and kind. */
  onMetaChange?: (title: string, kind: string) => void;
  /** Called once when the session starts closing. */
  onClose?: (board: BoardHandle) => void;
  /** The board's reminders on its row changed (lib/app/reminders/keepReminders.ts): the badge should be counted again. */
  onRemindersChanged?: () => void;
  /** The board's stored rows, when the caller has read them already. */
  stored?: Uint8Array[];
  /**
   * Held open by the background to keep it in step (lib/app/keepInStep), not
   * by a person: others' presence begins no session here, since a session is
   * people meeting, not their browsers being open at once.
   */
  inBackground?: boolean;
  /**
   * The connection of the offscreen document that keeps this board in step,
   * if it holds it (lib/app/keepInStep/panelLink.ts): used instead of joining
   * the room a second time. `onLost`: it let go; the panel connects itself.
   */
  linkToKeeper?: (doc: Y.Doc, onLost: () => void, sessions: SessionTracker) => Promise<BoardConnection | null>;
  /** The board is kept in step on this device: its connection is asked of the background first. */
  keptInStep?: boolean;
  /**
   * The keeper runs in this same page (Firefox's sidebar), where y-webrtc
   * allows one connection per room: turning it on lets go of this board's
   * own connection first, so the keeper can join.
   */
  keeperInPage?: boolean;
}

export interface BoardListing {
  name: string;
  share?: Share;
  /** Joined from another device: the doc may be empty until the first sync. */
  joined?: boolean;
  known?: KnownPerson[];
  /** The role this person took on the board; written into the doc the first time they appear on it. */
  role?: Role;
  invitedBy?: string;
}

/**
 * Starts loading the connection code ahead of need: a person about to join
 * (an invite code pasted) will connect within moments, and the load
 * (y-webrtc and the signaling client) then overlaps with reading the code
 * and opening the board instead of following them.
 */
export function preloadConnection(): void {
  import('@/lib/sync/room/boardConnection').catch(() => {
    // Loading again when connecting reports the problem where it matters.
  });
}

export async function openBoardHandle(
  db: CommonGroundDB,
  boardId: string,
  listing: BoardListing,
  device: Device,
  options: SessionOptions = {},
): Promise<Result<BoardHandle, LoadProblem>> {
  const [loaded, counters] = await Promise.all([
    loadBoardDoc(db, boardId, { awaitingSync: awaitsSync(listing), stored: options.stored }),
    loadCounters(db, boardId),
  ]);
  if (!loaded.ok) return loaded;
  mark(MARKS.boardRead);
  const doc = loaded.value;
  const persistence = makePersistence(doc, db, boardId, options);
  const undoManager = makeUndoManager(doc);
  const now = options.now ?? Date.now;
  const name = device.displayName ?? t.app.someone;
  // The colour announced to the others is what this person would like; each
  // device draws them in the look the board gives them (people/looks.ts).
  const colour = device.colour ?? preferredColour(device.personId);
  if (device.displayName) {
    setPerson(doc, device.personId, { name: device.displayName, colour: device.colour, role: listing.role }, now());
  }
  let known: readonly KnownPerson[] = listing.known ?? [];
  const stopSigning = keepSelfSigned(
    doc,
    device.personId,
    device.signer,
    listing.role ?? 'partner',
    device.displayName ? { name: device.displayName, colour: device.colour } : undefined,
  );
  const own = makeOwnSigning(doc, device.personId, device.signer, counters, now, (rose) =>
    rememberCounters(db, boardId, rose).catch((error: unknown) =>
      console.warn('Common Ground: could not remember the newest agreements on this board', error),
    ),
  );

  // Keep the board list in step with the shared title and kind, whoever changed them.
  let listed = '';
  const stopObserving = makeBoardObserver(doc, (change) => {
    if (!change.meta) return;
    const meta = readMeta(doc);
    const key = meta.ok ? `${meta.value.title}\n${meta.value.kind}` : '';
    if (meta.ok && key !== listed) {
      listed = key;
      options.onMetaChange?.(meta.value.title, meta.value.kind);
    }
  });

  // Typing merges into one undo step; adding, deleting, moving and renaming
  // are always steps of their own, so undo after a delete brings back just the item.
  const ownStep = <T>(edit: () => T): T => {
    undoManager.stopCapturing();
    const result = edit();
    undoManager.stopCapturing();
    return result;
  };

  const sessions = makeSessionTracker(db, boardId, doc, { personId: device.personId, name }, now, (error) =>
    console.error('Common Ground: could not store the session snapshot', error),
  );
  const openedAt = now();
  let stopFollowingOthers = () => {};
  const followOthers = (made: BoardConnection): (() => void) => {
    if (options.inBackground) return () => {};
    sessions.setOthers(made.others());
    return made.onOthers((others) => sessions.setOthers(others));
  };

  // Presence is proved with this device's key, and checked against the keys
  // this device knows for the others (their verified entries, pinned).
  const me: Me = {
    personId: device.personId,
    name,
    colour,
    // The background says its person is not here, so nobody's panel shows
    // them as here now or begins a session with them (until a panel attends).
    inStep: options.inBackground === true,
    identity: {
      keyOf: (personId) => (personId === device.personId ? device.signer.publicKey : known.find((person) => person.id === personId)?.key),
      sign: (statement) => device.signer.sign(statement),
    },
  };
  /** Panels of this browser using this board's connection, while it is held in the background. */
  let attending = 0;
  let connection: BoardConnection | null = null;
  let connecting: Promise<void> | null = null;
  let closed: Promise<void> | null = null;
  const connectionChanged = makeEmitter<BoardConnection | null>();
  /** The room this board is in now (a reset invite moves it). */
  let currentShare = listing.share;
  /** Whether to use the background's connection (the board is kept in step here), when this browser has one. */
  let viaKeeper = options.keptInStep === true;
  /** Connections that are the background's, seen through a port (never this panel's own room connection). */
  const keeperLinks = new WeakSet<BoardConnection>();
  const ownRoom = () => connection !== null && connection.kind === 'room' && !keeperLinks.has(connection);
  /** Puts `made` in use (sessions follow its people), and returns the one it replaces, for the caller to destroy. */
  const useConnection = (made: BoardConnection) => {
    const leaving = connection;
    connection = made;
    stopFollowingOthers();
    stopFollowingOthers = followOthers(made);
    connectionChanged.emit(made);
    return leaving;
  };
  /** Lets go of the connection in use: nobody is connected until the next `connect`. */
  const dropConnection = () => {
    const leaving = connection;
    connection = null;
    connecting = null;
    stopFollowingOthers();
    stopFollowingOthers = () => {};
    connectionChanged.emit(null);
    return leaving;
  };
  /** The background's connection, if it holds this board; if it lets go later, this panel connects itself. */
  const fromKeeper = async (): Promise<BoardConnection | null> => {
    if (!viaKeeper || !options.linkToKeeper) return null;
    let link: BoardConnection | null = null;
    link = await options.linkToKeeper(
      doc,
      () => {
        if (!link || connection !== link || closed) return;
        void dropConnection()?.destroy();
        if (currentShare) void connect(currentShare);
      },
      sessions,
    );
    if (link) keeperLinks.add(link);
    return link;
  };
  const connect = (share: Share) => {
    if (!options.net || closed) return Promise.resolve();
    const net = options.net;
    currentShare = share;
    // Loaded on demand: a board that was never shared, or the first paint of
    // one that was, does not need y-webrtc and its signaling.
    connecting ??= fromKeeper()
      .then((linked) => linked ?? import('@/lib/sync/room/boardConnection').then(({ connectBoard }) => connectBoard(doc, share, net, me)))
      .then(
        async (made) => {
          if (closed) return made.destroy();
          useConnection(made);
        },
        (error: unknown) => console.error('Common Ground: could not start the connection', error),
      );
    return connecting;
  };
  if (listing.share) void connect(listing.share);

  const handle: BoardHandle = {
    boardId,
    doc,
    undoManager,
    persistence,
    sessions,
    openedAt,
    personId: device.personId,
    listedName: listing.name,
    joinedAs: listing.role ?? 'partner',
    fingerprint: personIdForKey(device.signer.publicKey),
    ...(listing.invitedBy ? { invitedBy: listing.invitedBy } : {}),
    connection: () => connection,
    onConnection: connectionChanged.on,
    connect,
    async adopt(made) {
      await connecting;
      if (closed) return void (await made.destroy());
      // Later connect() calls (an invite) leave the direct connection in place.
      connecting = Promise.resolve();
      await useConnection(made)?.destroy();
    },
    me,
    known: () => known,
    remember(people) {
      const changed = people.filter((person) => known.find((before) => before.id === person.id)?.name !== person.name);
      if (changed.length === 0 || closed) return;
      known = mergeKnown(known, changed);
      void rememberPeople(db, boardId, changed).catch((error: unknown) =>
        console.warn('Common Ground: could not remember who is on this board', error),
      );
    },
    counters: own.counters,
    rememberCounters: own.rememberCounters,
    trust: () => checkTrust(doc, new Map(known.map((person) => [person.id, person.key])), own.counters()),
    title() {
      const meta = readMeta(doc);
      return meta.ok ? meta.value.title : '';
    },
    closed: () => closed !== null,
    async reconnect(share) {
      await connecting;
      const leaving = dropConnection();
      // The old room's provider must be gone before the new one starts: y-webrtc keeps one room registry per page.
      await leaving?.destroy();
      await connect(share);
    },
    attend() {
      // Said by the connection now, and by any made later (connectBoard reads `me`).
      const announce = () => {
        me.inStep = options.inBackground === true && attending === 0;
        connection?.setInStep(me.inStep);
      };
      attending++;
      announce();
      let left = false;
      return () => {
        if (left) return;
        left = true;
        attending--;
        announce();
      };
    },
    async useKeeper(on) {
      viaKeeper = on;
      if (!on || !options.linkToKeeper) return;
      await connecting;
      if (options.keeperInPage && ownRoom() && currentShare) {
        // The keeper answers once it holds the board, which it can only join once this has left.
        await dropConnection()?.destroy();
        return connect(currentShare);
      }
      // The background opens the board moments after it is turned on: asked again until it holds it.
      for (let attempt = 0; attempt < KEEPER_ATTEMPTS && viaKeeper && !closed && ownRoom(); attempt++) {
        const link = await fromKeeper();
        if (link && (closed || !viaKeeper || !ownRoom())) return void (await link.destroy());
        if (link) return void (await useConnection(link)?.destroy());
        await new Promise((wait) => setTimeout(wait, KEEPER_RETRY_MS));
      }
    },
    addItem: (section, text) => ownStep(() => addItem(doc, { section, author: device.personId, now: now(), text })),
    setText: (itemId, value) => void setItemText(doc, itemId, value, now(), device.personId),
    textInput: (itemId, box) => makeTextInput(doc, itemId, box, { now, by: device.personId }),
    deleteItem: (itemId) => void ownStep(() => deleteItem(doc, itemId)),
    moveItem: (itemId, toIndex) => void ownStep(() => moveItem(doc, itemId, toIndex)),
    rename: (title) => ownStep(() => renameBoard(doc, title)),
    agree: (itemId) =>
      own.state('consent', consentKey(itemId, device.personId), async (n, at, board) => {
        const item = readItem(itemId, boardMaps(doc).items.get(itemId));
        if (!item) return null;
        const said = { kind: 'agree', textHash: textHash(item.text), n, at } as const;
        const sig = await device.signer.sign(statements.consent(board, itemId, device.personId, said));
        return () => agree(doc, itemId, device.personId, { text: item.text, at, n, sig });
      }),
    withdraw: (itemId) =>
      own.state('consent', consentKey(itemId, device.personId), async (n, at, board) => {
        const sig = await device.signer.sign(statements.consent(board, itemId, device.personId, { kind: 'withdraw', n, at }));
        return () => withdraw(doc, itemId, device.personId, { at, n, sig });
      }),
    setRevisitOn: (itemId, date) => void ownStep(() => setRevisitOn(doc, itemId, date, now())),
    setRhythm: (rhythm) => ownStep(() => setRhythm(doc, rhythm)),
    setCelebrationFor: (itemId, personId) => void ownStep(() => setCelebrationFor(doc, itemId, personId)),
    react: (itemId, reaction) => react(doc, itemId, device.personId, reaction),
    checkIn: (input) => addCheckIn(doc, device.personId, input, now()),
    voteForRole: (subjectId, role) =>
      own.state('roleVotes', roleVoteKey(subjectId, role, device.personId), async (n, at, board) => {
        const sig = await device.signer.sign(statements.roleVote(board, subjectId, role, device.personId, { kind: 'vote', n, at }));
        return () => voteForRole(doc, subjectId, role, device.personId, { at, n, sig });
      }),
    withdrawRoleVote: (subjectId, role) =>
      own.state('roleVotes', roleVoteKey(subjectId, role, device.personId), async (n, at, board) => {
        const sig = await device.signer.sign(statements.roleVote(board, subjectId, role, device.personId, { kind: 'withdraw', n, at }));
        return () => withdrawRoleVote(doc, subjectId, role, device.personId, { at, n, sig });
      }),
    setEditing(itemId) {
      // Moving into a text box starts a new undo step: typing elsewhere a
      // moment ago is not undone together with what comes next.
      undoManager.stopCapturing();
      connection?.setEditing(itemId);
    },
    undo: () => void undoManager.undo(),
    redo: () => void undoManager.redo(),
    close() {
      if (!closed) options.onClose?.(handle);
      closed ??= (async () => {
        connectionChanged.clear();
        await connecting;
        stopFollowingOthers();
        // Before the doc goes: the session's snapshot is the board as it is now.
        await sessions.close();
        await connection?.destroy();
        stopObserving();
        stopSigning();
        own.stop();
        undoManager.destroy();
        // Once nothing changes the doc any more (no peers, no signing), and before it goes: the
        // reminders are the board as it is left. Awaited earlier, a signing still under way
        // would land during close, after what the person saw (tests/unit/store/roundtrip.test.ts).
        await reminders.stop();
        await persistence.destroy();
        doc.destroy();
      })();
      return closed;
    },
  };
  const reminders = keepReminders(doc, db, boardId, {
    trust: handle.trust,
    me: () => ({ personId: device.personId, joinedAs: listing.role ?? 'partner', known }),
    onChanged: () => options.onRemindersChanged?.(),
  });
  return { ok: true, value: handle };
}
