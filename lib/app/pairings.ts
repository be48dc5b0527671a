import { t } from '@/lib/i18n/messages';
import { err, ok, type Result } from '@/lib/util/result';
import { boardOf } from '@/lib/board/agreement/trust';
import type { CommonGroundDB } from '@/lib/store/db';
import { loadSetting, saveSetting } from '@/lib/store/device';
import { findBoardByUid } from '@/lib/store/findBoard';
import type { IceServer, NetSettings } from '@/lib/sync/room/netSettings';
import { parseOffer, type PairingOffer } from '@/lib/sync/direct/pairingCode';
import type { Opened } from '@/lib/sync/direct/pairing';
import type { BoardHandle } from '@/lib/app/boardHandle';
import { addJoinedBoard } from '@/lib/app/library/joinedBoard';
import { type Role } from '@/lib/board/format';

/**
 * Pairing without a server, as the panel sees it. The WebRTC side lives in
 * lib/sync (pairing.ts, directLink.ts), loaded on demand like y-webrtc. A
 * pairing that connects becomes the open board's connection (`adopt`).
 */
export type Connected = Result<{ phrase: string }>;

/** The side that started: shows the pairing code, takes the reply. */
export interface StartedPairing {
  code: string;
  accept(replyCode: string): Promise<Result<void>>;
  /** Settles once the devices are connected, or could not connect. */
  connected: Promise<Connected>;
  cancel(): void;
}

/** The side that pasted a pairing code: shows the reply code until the other side pastes it. */
export interface AnsweredPairing {
  replyCode: string;
  title: string;
  connected: Promise<Connected>;
}

export interface Pairings {
  /** `onlyThisNetwork`: no STUN or TURN server is asked (host candidates only), for two devices on one network. */
  start(board: BoardHandle, role: Role, onlyThisNetwork?: boolean): Promise<Result<StartedPairing>>;
  /** Reads a pasted pairing code and answers it; returns the board to open (made here, or already here). */
  join(code: string): Promise<Result<string>>;
  preview(code: string): Result<{ title: string; role: Role }>;
  /** The answer waiting on this board's other device, if any. */
  answered(boardId: string): AnsweredPairing | undefined;
  /** Gives an open board its waiting answer's connection, once it connects. */
  attach(board: BoardHandle): void;
}

/** Pairing ids this device answered: pasting the same code twice is refused. Kept past every code's lifetime. */
const USED = 'usedPairings';
const USED_FOR_MS = 60 * 60 * 1000;

/**
 * The ICE servers this device asks when answering `offer`: none if the offer
 * holds only host candidates (its maker chose `Only this network`, or has no
 * STUN server): a path through this device's public address would not reach
 * it anyway, so no STUN server needs to learn that address either.
 */
export function answerIceServers(offer: PairingOffer, settings: readonly IceServer[]): IceServer[] {
  return offer.session.candidates.every((candidate) => candidate.type === 'host') ? [] : [...settings];
}

/** Why it did not connect, when pairing.ts said (a cancelled pairing says nothing more). */
const couldNotConnect = (error: unknown): Connected =>
  err(
    error instanceof Error && error.message !== 'cancelled'
      ? t.app.couldNotConnectBecause(error.message.replace(/\.$/, ''))
      : t.app.couldNotConnect,
  );

export function makePairings(db: CommonGroundDB, loadNetSettings: () => Promise<NetSettings>): Pairings {
  interface Waiting {
    answer: AnsweredPairing;
    opened: Promise<Opened>;
    settle: (result: Connected) => void;
    /** The open board the answer connects to: the latest one opened (a board closed and reopened while waiting). */
    board: BoardHandle | null;
  }
  const waiting = new Map<string, Waiting>();
  const environment = (iceServers: IceServer[]) => ({ RTCPeerConnection: globalThis.RTCPeerConnection, iceServers });
  const sync = () => Promise.all([import('@/lib/sync/direct/pairing'), import('@/lib/sync/direct/directLink')]);

  /** Runs the board over the channel once it opens; `current` says which open board gets it by then. */
  const linkWhenOpen = async (opened: Promise<Opened>, current: () => BoardHandle | null): Promise<Connected> => {
    const [, { linkBoard }] = await sync();
    try {
      const open = await opened;
      const board = current();
      if (!board) {
        open.close();
        return err(t.app.closedBeforeConnected);
      }
      await board.adopt(linkBoard(board.doc, open, board.me));
      return ok({ phrase: open.phrase });
    } catch (error) {
      return couldNotConnect(error);
    }
  };

  const usedIds = async (now: number): Promise<{ id: string; at: number }[]> => {
    const stored = await loadSetting(db, USED);
    const list: unknown[] = Array.isArray(stored) ? stored : [];
    return list.filter(
      (entry): entry is { id: string; at: number } =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as { id?: unknown }).id === 'string' &&
        typeof (entry as { at?: unknown }).at === 'number' &&
        now - (entry as { at: number }).at < USED_FOR_MS,
    );
  };

  return {
    async start(board, role, onlyThisNetwork = false) {
      const uid = boardOf(board.doc);
      if (uid === '') return err(t.app.notArrived);
      const [{ offerPairing }] = await sync();
      let side: Awaited<ReturnType<typeof offerPairing>>;
      try {
        const iceServers = onlyThisNetwork ? [] : (await loadNetSettings()).iceServers;
        side = await offerPairing(environment(iceServers), { title: board.title(), role, inviter: board.fingerprint, uid }, Date.now());
      } catch (error) {
        console.error('Common Ground: could not prepare a pairing code', error);
        return err(t.app.pairingNotAllowed);
      }
      let accepted = false;
      let resolveConnected: (result: Connected) => void = () => {};
      const connected = new Promise<Connected>((resolve) => (resolveConnected = resolve));
      return ok({
        code: side.code,
        async accept(replyCode) {
          const result = await side.accept(replyCode, Date.now());
          if (result.ok && !accepted) {
            accepted = true;
            void linkWhenOpen(side.opened, () => (board.closed() ? null : board)).then(resolveConnected);
          }
          return result;
        },
        connected,
        cancel: () => side.cancel(),
      });
    },

    preview(code) {
      const offer = parseOffer(code, Date.now());
      return offer.ok ? ok({ title: offer.value.board.title, role: offer.value.board.role }) : offer;
    },

    async join(code) {
      const now = Date.now();
      const parsed = parseOffer(code, now);
      if (!parsed.ok) return parsed;
      const offer: PairingOffer = parsed.value;
      const used = await usedIds(now);
      if (used.some((entry) => entry.id === offer.id)) return err(t.app.pairingUsed);
      const [{ answerPairing }] = await sync();
      const answer = await answerPairing(environment(answerIceServers(offer, (await loadNetSettings()).iceServers)), offer);
      if (!answer.ok) return answer;
      await saveSetting(db, USED, [...used, { id: offer.id, at: now }]);
      // The same board as one already here (paired before, or joined by invite) is that board.
      const { title, role, inviter, uid } = offer.board;
      const boardId =
        (await findBoardByUid(db, uid))?.id ?? (await addJoinedBoard(db, { name: title, role, uid, invitedBy: inviter }, now));
      let settle: (result: Connected) => void = () => {};
      const connected = new Promise<Connected>((resolve) => (settle = resolve));
      const entry: Waiting = {
        answer: { replyCode: answer.value.replyCode, title: offer.board.title, connected },
        opened: answer.value.opened,
        settle,
        board: null,
      };
      waiting.set(boardId, entry);
      void linkWhenOpen(entry.opened, () => (entry.board && !entry.board.closed() ? entry.board : null)).then((result) => {
        // Settled: the reply code is spent, so reopening the board shows no stale reply.
        if (waiting.get(boardId) === entry) waiting.delete(boardId);
        entry.settle(result);
      });
      return ok(boardId);
    },

    answered: (boardId) => waiting.get(boardId)?.answer,

    attach(board) {
      const entry = waiting.get(board.boardId);
      if (entry) entry.board = board;
    },
  };
}
