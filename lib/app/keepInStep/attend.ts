import type { BoardHandle } from '@/lib/app/boardHandle';
import type { BoardConnection } from '@/lib/sync/presence';
import type { LiveSession } from '@/lib/app/sessionTracker';
import { readLinkMessage, type LinkPort } from '@/lib/app/keepInStep/linkMessages';
import { syncOverPort } from '@/lib/app/keepInStep/portSync';

/**
 * The offscreen document's side of a panel using its connection
 * (panelLink.ts): the two docs kept in sync over the port, the connection's
 * state told to the panel whenever it changes, and the panel's cursor passed
 * on. While at least one panel attends, the board's presence says its person
 * is here (`BoardHandle.attend`). `earlier`: what the panel sent before this
 * began. Returns what ends it: the port closed, and the attendance given back.
 */
export function serveAttendance(port: LinkPort, board: BoardHandle, earlier: unknown[] = []): () => void {
  // Updates from this panel carry this origin: sent on to the room and other panels, never back to it.
  const fromPanel = { keepInStep: 'panel' };
  const leave = board.attend();
  let editing: string | null = null;
  /** The panel's live session, as it last told it. */
  let panelSession: LiveSession | null = null;
  let ended = false;
  let unfollow = () => {};

  const { post, start, receive, stop } = syncOverPort(board.doc, port, fromPanel, 'a panel');

  const tell = (connection: BoardConnection | null) =>
    post({
      kind: 'state',
      status: connection?.status() ?? { kind: 'connecting' },
      others: connection?.others() ?? [],
      visitors: connection?.visitors() ?? 0,
      unreadable: connection?.unreadable() ?? 0,
      refused: connection?.refusedFrom() ?? [],
    });
  const follow = (connection: BoardConnection | null) => {
    unfollow();
    tell(connection);
    if (!connection) return void (unfollow = () => {});
    connection.setEditing(editing);
    const stops = [connection.onStatus, connection.onOthers, connection.onUnreadable].map((on) => on(() => tell(connection)));
    unfollow = () => stops.forEach((off) => off());
  };
  const stopFollowing = board.onConnection(follow);

  /** `panelGone`: the port closed from the panel's side (its page closed or crashed), not let go from here. */
  const end = (panelGone = false) => {
    if (ended) return;
    ended = true;
    // Its page could not store the session it had live: stored here, with the board as the panel left it.
    if (panelGone && panelSession) void board.sessions.endFor(panelSession);
    unfollow();
    stopFollowing();
    stop();
    board.connection()?.setEditing(null);
    leave();
    port.close();
  };

  const hear = (raw: unknown) => {
    if (ended) return;
    const message = readLinkMessage(raw);
    if (!message.ok) return console.warn('Common Ground: ignored a message from a panel:', message.error);
    const { value } = message;
    if (value.kind === 'session') {
      panelSession = value.live && { startedAt: value.live.startedAt, manual: value.live.manual, people: new Map(value.live.people) };
    } else if (value.kind === 'editing') {
      editing = value.item;
      board.connection()?.setEditing(editing);
    } else if (value.kind === 'sync') {
      receive(value.data);
    }
  };
  port.onMessage(hear);
  port.onClose(() => end(true));

  start();
  earlier.forEach(hear);
  follow(board.connection());
  return end;
}
