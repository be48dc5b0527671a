import * as Y from 'yjs';
import { renameBoard } from '@/lib/board/actions';
import { isRelationshipKind, type RelationshipKind } from '@/lib/board/format';
import { randomId } from '@/lib/util/ids';
import { makeEmitter } from '@/lib/util/emitter';
import type { Role } from '@/lib/board/agreement/roles';
import { err, ok, type Result } from '@/lib/util/result';
import { createBoard, deleteBoard, exportRawBoard, getBoard, setBoardName, watchBoards } from '@/lib/store/boards';
import { awaitsSync, type BoardRecord, type CommonGroundDB } from '@/lib/store/db';
import { loadDevice, loadSetting, saveColour, saveDisplayName, saveSetting, type Device } from '@/lib/store/device';
import { loadBoardDoc, type LoadProblem } from '@/lib/store/loadBoard';
import { appendUpdate, loadUpdates } from '@/lib/store/updateLog';
import { encodeInvite, newShare, parseInvite } from '@/lib/sync/room/invite';
import {
  defaultNetSettings,
  parseIceLines,
  parseSignalingLines,
  sameServers,
  type IceServer,
  type NetSettings,
} from '@/lib/sync/room/netSettings';
import { openBoardHandle, type BoardHandle } from '@/lib/app/boardHandle';
import { readPastBoard, type PastBoard } from '@/lib/app/pastBoard';
import { boardToMarkdown } from '@/lib/board/review/markdown';
import { boardOf } from '@/lib/board/agreement/trust';
import { findBoardByUid } from '@/lib/store/findBoard';
import type { Share } from '@/lib/sync/share';
import { isPairingCode } from '@/lib/sync/direct/pairingCode';
import { makePairings, type AnsweredPairing, type StartedPairing } from '@/lib/app/pairings';
import { encodeBackup, parseBackup } from '@/lib/store/backup/backup';
import { importBackup, type Imported } from '@/lib/store/backup/importBackup';
import { loadNotes, saveNotes } from '@/lib/store/notes';
import { listSessions, loadSessionDoc, type SessionSummary } from '@/lib/store/sessions';
import { storageUse } from '@/lib/store/usage';

/**
 * Everything the panel does with the boards on this device, as one narrow
 * API. Components receive it through context and never touch Dexie or Yjs.
 */
export interface Library {
  loadDevice(): Promise<Device>;
  saveDisplayName(name: string): Promise<Result<string>>;
  saveColour(colour: string): Promise<Result<string>>;
  loadNetSettings(): Promise<NetSettings>;
  /** Parses and saves the two settings text boxes; nothing is saved if either is wrong. */
  saveNetSettings(signalingText: string, iceText: string): Promise<Result<NetSettings>>;
  watchBoards(onChange: (boards: BoardRecord[]) => void, onError: (error: unknown) => void): () => void;
  getBoard(boardId: string): Promise<BoardRecord | undefined>;
  createBoard(name: string, kind: RelationshipKind, device: Device, role?: Role): Promise<Result<BoardRecord>>;
  renameBoard(boardId: string, name: string): Promise<Result<string>>;
  deleteBoard(boardId: string): Promise<void>;
  exportRawBoard(boardId: string): Promise<Result<string>>;
  openBoard(boardId: string, device: Device): Promise<Result<BoardHandle, LoadProblem>>;
  /**
   * Starts reading a board before the device is loaded (the panel opened
   * straight into a board, as on a reload); the next `openBoard` of it, if
   * it comes within moments, starts from what was read.
   */
  readBoardEarly(boardId: string): void;
  /** The invite code for an open board, for someone joining as `role`; shares it (and connects) first if it was not yet. */
  invite(session: BoardHandle, role: Role): Promise<Result<string>>;
  /**
   * Moves a board to a new room and secret: the old code stops working and
   * everyone connected now is left in the old room. Invite again for the new code.
   */
  resetInvite(session: BoardHandle): Promise<Result<void>>;
  /** What a pasted code (invite or pairing) would join: the board's name and the role it gives, without joining. */
  previewInvite(code: string): Result<{ title: string; role: Role; direct: boolean }>;
  /**
   * Reads a pasted invite code, or a pairing code (which it answers: the
   * board then shows the reply code); returns the id of the board to open
   * (existing or new).
   */
  joinBoard(code: string): Promise<Result<string>>;
  /** `Pair without a server`: a pairing code for an open board, for someone joining as `role`. */
  startPairing(session: BoardHandle, role: Role): Promise<Result<StartedPairing>>;
  /** The reply code waiting to be pasted on the other device, for a board joined with a pairing code. */
  answeredPairing(boardId: string): AnsweredPairing | undefined;
  /** Past sessions of a board on this device, newest first. */
  listSessions(boardId: string): Promise<SessionSummary[]>;
  /** The board as it was at the end of a past session. */
  openPastSession(sessionId: number): Promise<Result<PastBoard>>;
  /** The board as it was at the end of the last session that ended before `before`, or null if there was none. */
  lastSessionBefore(boardId: string, before: number): Promise<{ session: SessionSummary; doc: Y.Doc } | null>;
  loadNotes(boardId: string): Promise<string>;
  saveNotes(boardId: string, text: string): Promise<void>;
  exportMarkdown(session: BoardHandle, withNotes: boolean, formatDate: (time: number) => string): Promise<string>;
  exportBackup(session: BoardHandle, withNotes: boolean): Promise<string>;
  /** Reads a backup file and brings it in (merged into the same board if it is here); nothing changes on error. */
  importBackup(text: string): Promise<Result<Imported>>;
  /** The board as it is now, read-only, for the print view (with this device's notes only if asked). */
  printable(boardId: string, withNotes: boolean): Promise<Result<PastBoard & { notes: string }>>;
  /** Bytes each board takes on this device (its data and its past sessions). */
  storageUse(): Promise<Map<string, number>>;
  /**
   * Another window opened this device's boards with a newer version of the
   * database. This window saves what it has, lets go of the database, then
   * calls `listener`: it must be reloaded to keep working.
   */
  onReplaced(listener: () => void): () => void;
}

/** How long a window being replaced waits for its last saves before letting go. */
const LAST_SAVE_MS = 3000;

const SIGNALING = 'signaling';
/** Invite codes need the board's room; while paired directly, this device is not in it. */
const DIRECT_NOW =
  'This board is connected directly right now (paired without a server). To make or reset an invite code, go back to all boards and open this one again: the direct connection ends then, and pairing again later works as before.';
const ICE_SERVERS = 'iceServers';
/** An early read older than this is not used: another window may have written since. */
const EARLY_READ_MS = 2000;

export function makeLibrary(db: CommonGroundDB): Library {
  const openSessions = new Set<BoardHandle>();
  // Declared below; pairings need the network settings (for STUN and TURN).
  const pairings = makePairings(db, () => loadNetSettings());
  const replaced = makeEmitter();
  // Returning false keeps Dexie from closing at once: first the open boards
  // write what they hold, so nothing typed here is lost to the upgrade.
  db.on('versionchange', () => {
    const flushes = [...openSessions].map((session) => session.persistence.flush());
    const timeout = new Promise((done) => setTimeout(done, LAST_SAVE_MS));
    void Promise.race([Promise.allSettled(flushes), timeout]).then(() => {
      db.close();
      replaced.emit();
    });
    return false;
  });
  const loadNetSettings = async (): Promise<NetSettings> => {
    const defaults = defaultNetSettings();
    const signaling = await loadSetting(db, SIGNALING);
    const iceServers = await loadSetting(db, ICE_SERVERS);
    return {
      signaling: Array.isArray(signaling) ? (signaling as string[]) : defaults.signaling,
      iceServers: Array.isArray(iceServers) ? (iceServers as IceServer[]) : defaults.iceServers,
    };
  };

  const readBoard = (boardId: string) =>
    Promise.all([db.boards.get(boardId), loadNetSettings(), loadUpdates(db, boardId)] as const);
  let early: { boardId: string; at: number; read: ReturnType<typeof readBoard> } | null = null;

  return {
    loadDevice: () => loadDevice(db),
    saveDisplayName: (name) => saveDisplayName(db, name),
    saveColour: (colour) => saveColour(db, colour),
    loadNetSettings,
    async saveNetSettings(signalingText, iceText) {
      const signaling = parseSignalingLines(signalingText);
      if (!signaling.ok) return err(`Signaling servers: ${signaling.error}`);
      const iceServers = parseIceLines(iceText);
      if (!iceServers.ok) return err(`ICE servers: ${iceServers.error}`);
      await saveSetting(db, SIGNALING, signaling.value);
      await saveSetting(db, ICE_SERVERS, iceServers.value);
      return ok({ signaling: signaling.value, iceServers: iceServers.value });
    },
    watchBoards: (onChange, onError) => watchBoards(db, onChange, onError),
    getBoard: (boardId) => getBoard(db, boardId),
    createBoard: (name, kind, device, role) =>
      createBoard(db, {
        name,
        kind,
        role,
        personId: device.personId,
        personName: device.displayName ?? '',
        personColour: device.colour,
        now: Date.now(),
      }),
    async renameBoard(boardId, name) {
      // The title lives in the shared doc; the list row follows it.
      const record = await db.boards.get(boardId);
      const loaded = await loadBoardDoc(db, boardId, { awaitingSync: awaitsSync(record) });
      if (!loaded.ok) return err('This board could not be opened, so it cannot be renamed.');
      const doc = loaded.value;
      try {
        const before = Y.encodeStateVector(doc);
        const renamed = renameBoard(doc, name);
        if (!renamed.ok) return renamed;
        await appendUpdate(db, boardId, Y.encodeStateAsUpdate(doc, before), Date.now());
        await setBoardName(db, boardId, renamed.value);
        return ok(renamed.value);
      } finally {
        doc.destroy();
      }
    },
    deleteBoard: (boardId) => deleteBoard(db, boardId),
    exportRawBoard: (boardId) => exportRawBoard(db, boardId),
    readBoardEarly(boardId) {
      const read = readBoard(boardId);
      // Whoever opens the board sees a failure; one never opened is not an unhandled rejection.
      read.catch(() => {});
      early = { boardId, at: Date.now(), read };
    },
    async openBoard(boardId, device) {
      const fresh = early?.boardId === boardId && Date.now() - early.at < EARLY_READ_MS;
      const read = fresh && early ? early.read : readBoard(boardId);
      early = null;
      const [record, net, stored] = await read;
      if (!record) return err({ kind: 'missing' });
      const listing = { name: record.name, share: record.share, role: record.role, invitedBy: record.invitedBy, joined: record.joined, known: record.known };
      const opened = await openBoardHandle(db, boardId, listing, device, {
        net,
        stored,
        onMetaChange: (title, kind) =>
          void db.boards
            .update(boardId, { name: title, ...(isRelationshipKind(kind) ? { kind } : {}) })
            .catch((error: unknown) => console.warn('Common Ground: could not update the board list', error)),
        onClose: (session) => openSessions.delete(session),
      });
      if (opened.ok) {
        openSessions.add(opened.value);
        pairings.attach(opened.value);
      }
      return opened;
    },
    async invite(session, role) {
      if (session.connection()?.kind === 'direct') return err(DIRECT_NOW);
      const record = await db.boards.get(session.boardId);
      if (!record) return err('This board is no longer on this device.');
      let share = record.share;
      if (!share) {
        share = newShare();
        await db.boards.update(session.boardId, { share });
      }
      await session.connect(share);
      // Signaling servers travel with the invite only when they differ from the defaults.
      const signaling = share.signaling ?? (await loadNetSettings()).signaling;
      const custom = sameServers(signaling, defaultNetSettings().signaling) ? undefined : signaling;
      const board = boardOf(session.doc);
      return ok(
        encodeInvite({
          room: share.room,
          secret: share.secret,
          title: record.name,
          role,
          signaling: custom,
          inviter: session.fingerprint,
          ...(board ? { board } : {}),
        }),
      );
    },
    async resetInvite(session) {
      if (session.connection()?.kind === 'direct') return err(DIRECT_NOW);
      const record = await db.boards.get(session.boardId);
      if (!record) return err('This board is no longer on this device.');
      // A new room and secret; the signaling servers stay as they were.
      const share: Share = { ...newShare(), ...(record.share?.signaling ? { signaling: record.share.signaling } : {}) };
      await db.boards.update(session.boardId, { share });
      await session.reconnect(share);
      return ok(undefined);
    },
    previewInvite(code) {
      if (isPairingCode(code)) {
        const pairing = pairings.preview(code);
        return pairing.ok ? ok({ ...pairing.value, direct: true }) : pairing;
      }
      const invite = parseInvite(code);
      return invite.ok ? ok({ title: invite.value.title, role: invite.value.role, direct: false }) : invite;
    },
    startPairing: (session, role) => pairings.start(session, role),
    answeredPairing: (boardId) => pairings.answered(boardId),
    listSessions: (boardId) => listSessions(db, boardId),
    async openPastSession(sessionId) {
      const loaded = await loadSessionDoc(db, sessionId);
      if (!loaded.ok) return loaded;
      const past = await readPastBoard(loaded.value);
      loaded.value.destroy();
      return ok(past);
    },
    async lastSessionBefore(boardId, before) {
      const session = (await listSessions(db, boardId)).find((candidate) => candidate.endedAt <= before);
      if (!session) return null;
      const loaded = await loadSessionDoc(db, session.id);
      return loaded.ok ? { session, doc: loaded.value } : null;
    },
    loadNotes: (boardId) => loadNotes(db, boardId),
    saveNotes: (boardId, text) => saveNotes(db, boardId, text, Date.now()),
    async exportMarkdown(session, withNotes, formatDate) {
      const privateNotes = withNotes ? await loadNotes(db, session.boardId) : undefined;
      return boardToMarkdown(session.doc, { trust: await session.trust(), privateNotes, formatDate, now: Date.now() });
    },
    async exportBackup(session, withNotes) {
      const record = await db.boards.get(session.boardId);
      const notes = withNotes ? await loadNotes(db, session.boardId) : null;
      return encodeBackup(session.doc, { name: record?.name ?? session.listedName, kind: record?.kind ?? 'partners' }, notes, new Date());
    },
    async importBackup(text) {
      const backup = parseBackup(text);
      if (!backup.ok) return backup;
      return ok(await importBackup(db, backup.value, Date.now()));
    },
    storageUse: () => storageUse(db),
    onReplaced: replaced.on,
    async printable(boardId, withNotes) {
      const record = await db.boards.get(boardId);
      if (!record) return err('This board is no longer on this device.');
      const loaded = await loadBoardDoc(db, boardId, { awaitingSync: awaitsSync(record) });
      if (!loaded.ok) return err('This board could not be opened, so it cannot be printed.');
      const board = await readPastBoard(loaded.value);
      loaded.value.destroy();
      return ok({ ...board, title: board.title || record.name, notes: withNotes ? await loadNotes(db, boardId) : '' });
    },
    async joinBoard(code) {
      if (isPairingCode(code)) return pairings.join(code);
      const invite = parseInvite(code);
      if (!invite.ok) return invite;
      const { room, secret, title, role, signaling, inviter, board } = invite.value;
      const share = { room, secret, ...(signaling ? { signaling } : {}) };
      // A code for a board already here opens that board instead of duplicating it.
      // The newest code for a room wins, so a fresh invite repairs a wrong or old secret;
      // a code for the same board in a new room (after `Reset invite`) moves it there.
      const existing =
        (await db.boards.filter((record) => record.share?.room === room).first()) ??
        (board ? await findBoardByUid(db, board) : undefined);
      if (existing) {
        // Whoever made this code is who the board is now checked against ("invited you").
        await db.boards.update(existing.id, { share, ...(inviter ? { invitedBy: inviter } : {}) });
        return ok(existing.id);
      }
      const id = randomId();
      const now = Date.now();
      await db.boards.add({
        id,
        name: title,
        kind: 'partners',
        createdAt: now,
        lastActivityAt: now,
        share,
        role,
        ...(inviter ? { invitedBy: inviter } : {}),
        joined: true,
      });
      return ok(id);
    },
  };
}
