import { t } from '@/lib/i18n/messages';
import { boardOf } from '@/lib/board/agreement/trust';
import { err, ok, type Result } from '@/lib/util/result';
import { findBoardByRoom, getBoard, setBoardShare } from '@/lib/store/boards';
import { findBoardByKey, findBoardByUid } from '@/lib/store/findBoard';
import { encodeInvite, newShare, parseInvite } from '@/lib/sync/room/invite';
import { defaultNetSettings, sameServers } from '@/lib/sync/room/netSettings';
import type { Share } from '@/lib/sync/share';
import { isPairingCode, parseOffer } from '@/lib/sync/direct/pairingCode';
import { pairingServersNote, whoLearnsAddress } from '@/lib/sync/whoLearns';
import { preloadConnection, type BoardHandle } from '@/lib/app/boardHandle';
import { answerIceServers, type AnsweredPairing, type StartedPairing } from '@/lib/app/pairings';
import type { LibraryDeps } from '@/lib/app/library/deps';
import { addJoinedBoard } from '@/lib/app/library/joinedBoard';
import { type Role } from '@/lib/board/format';

/** Sharing a board with other devices: invite codes (through a room) and pairing codes (without a server). */
export interface LibrarySharing {
  /** The invite code for an open board, for someone joining as `role`; shares it (and connects) first if it was not yet. */
  invite(board: BoardHandle, role: Role): Promise<Result<string>>;
  /**
   * Moves a board to a new room and secret: the old code stops working and
   * everyone connected now is left in the old room. Invite again for the new code.
   */
  resetInvite(board: BoardHandle): Promise<Result<void>>;
  /** What a pasted code (invite or pairing) would join: the board's name and the role it gives, without joining. */
  previewInvite(code: string): Result<{ title: string; role: Role; direct: boolean }>;
  /**
   * Reads a pasted invite code, or a pairing code (which it answers: the
   * board then shows the reply code); returns the id of the board to open
   * (existing or new).
   */
  joinBoard(code: string): Promise<Result<string>>;
  /**
   * `Pair without a server`: a pairing code for an open board, for someone
   * joining as `role`; `onlyThisNetwork` asks no STUN server (both devices on one network).
   */
  startPairing(board: BoardHandle, role: Role, onlyThisNetwork?: boolean): Promise<Result<StartedPairing>>;
  /**
   * The one sentence naming the servers that will learn this device's address
   * when it invites to `board`, or joins with the `code` pasted so far (the
   * servers in force: the invite's own signaling servers, else Settings').
   */
  whoLearnsAddress(about: { board: BoardHandle } | { code: string }): Promise<string>;
  /** What `Pair without a server` says about the STUN servers it asks (or that it asks none). */
  pairingServersNote(onlyThisNetwork: boolean): Promise<string>;
  /** The reply code waiting to be pasted on the other device, for a board joined with a pairing code. */
  answeredPairing(boardId: string): AnsweredPairing | undefined;
}

export function makeSharing({ db, loadNetSettings, pairings }: LibraryDeps): LibrarySharing {
  return {
    async invite(board, role) {
      // Invite codes need the board's room; while paired directly, this device is not in it.
      if (board.connection()?.kind === 'direct') return err(t.app.directNow);
      const record = await getBoard(db, board.boardId);
      if (!record) return err(t.app.boardGone);
      let share = record.share;
      if (!share) {
        share = newShare();
        await setBoardShare(db, board.boardId, share);
      }
      await board.connect(share);
      // Signaling servers travel with the invite only when they differ from the defaults.
      const signaling = share.signaling ?? (await loadNetSettings()).signaling;
      const custom = sameServers(signaling, defaultNetSettings().signaling) ? undefined : signaling;
      const uid = boardOf(board.doc);
      return ok(
        encodeInvite({
          room: share.room,
          secret: share.secret,
          title: record.name,
          role,
          signaling: custom,
          inviter: board.fingerprint,
          ...(uid ? { board: uid } : {}),
        }),
      );
    },
    async resetInvite(board) {
      if (board.connection()?.kind === 'direct') return err(t.app.directNow);
      const record = await getBoard(db, board.boardId);
      if (!record) return err(t.app.boardGone);
      // A new room and secret; the signaling servers stay as they were.
      const share: Share = { ...newShare(), ...(record.share?.signaling ? { signaling: record.share.signaling } : {}) };
      await setBoardShare(db, board.boardId, share);
      await board.reconnect(share);
      return ok(undefined);
    },
    previewInvite(code) {
      if (isPairingCode(code)) {
        const pairing = pairings.preview(code);
        return pairing.ok ? ok({ ...pairing.value, direct: true }) : pairing;
      }
      const invite = parseInvite(code);
      if (!invite.ok) return invite;
      // A sound code is likely to be joined in a moment: the connection code loads meanwhile.
      preloadConnection();
      return ok({ title: invite.value.title, role: invite.value.role, direct: false });
    },
    async joinBoard(code) {
      if (isPairingCode(code)) return pairings.join(code);
      const invite = parseInvite(code);
      if (!invite.ok) return invite;
      preloadConnection();
      const { room, secret, title, role, signaling, inviter, board, boardKey } = invite.value;
      const share = { room, secret, ...(signaling ? { signaling } : {}) };
      // A code for a board already here opens that board instead of duplicating it.
      // The newest code for a room wins, so a fresh invite repairs a wrong or old secret;
      // a code for the same board in a new room (after `Reset invite`) moves it there.
      const existing =
        (await findBoardByRoom(db, room)) ??
        (board ? await findBoardByUid(db, board) : boardKey ? await findBoardByKey(db, boardKey) : undefined);
      if (existing) {
        // Whoever made this code is who the board is now checked against ("invited you").
        await setBoardShare(db, existing.id, share, inviter);
        return ok(existing.id);
      }
      // A short code may carry no title (docs/invite-format.md); the board's own replaces this once it arrives.
      return ok(
        await addJoinedBoard(
          db,
          { name: title || t.app.sharedBoard, role, share, uid: board, uidKey: boardKey, invitedBy: inviter },
          Date.now(),
        ),
      );
    },
    startPairing: (board, role, onlyThisNetwork) => pairings.start(board, role, onlyThisNetwork),
    async whoLearnsAddress(about) {
      const net = await loadNetSettings();
      if ('board' in about) {
        const share = (await getBoard(db, about.board.boardId))?.share;
        return whoLearnsAddress({ signaling: share?.signaling ?? net.signaling, iceServers: net.iceServers });
      }
      if (isPairingCode(about.code)) {
        const offer = parseOffer(about.code, Date.now());
        return whoLearnsAddress({ signaling: [], iceServers: offer.ok ? answerIceServers(offer.value, net.iceServers) : net.iceServers });
      }
      const invite = about.code.trim() ? parseInvite(about.code) : null;
      return whoLearnsAddress({
        signaling: (invite?.ok ? invite.value.signaling : undefined) ?? net.signaling,
        iceServers: net.iceServers,
      });
    },
    pairingServersNote: async (onlyThisNetwork) => pairingServersNote((await loadNetSettings()).iceServers, onlyThisNetwork),
    answeredPairing: (boardId) => pairings.answered(boardId),
  };
}
