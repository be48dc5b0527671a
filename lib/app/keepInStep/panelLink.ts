import type * as Y from 'yjs';
import type { BoardConnection } from '@/lib/sync/presence';
import type { LiveSession, SessionTracker } from '@/lib/app/sessionTracker';
import { watched } from '@/lib/util/watched';
import { readLinkMessage, type LinkPort, type LinkState } from '@/lib/app/keepInStep/linkMessages';
import { syncOverPort } from '@/lib/app/keepInStep/portSync';

/** How long the offscreen document may take to answer (it waits up to 2 s for the board to be held, then opens it) before the panel connects on its own. */
const ANSWER_MS = 5000;

/**
 * The panel's connection to a board the offscreen document keeps in step
 * (issue 19): instead of joining the room a second time, the panel syncs
 * its doc with the document's over an extension port, and shows the
 * document's connection (status, people here, visitors) as its own. The
 * document then says its person is here (attend.ts), so there is one
 * WebRTC connection per device however many panels are open.
 *
 * `sessions`: the panel's; its live session is told to the document, which
 * stores it if this page goes with it live (attend.ts).
 *
 * Resolves to null when the document does not hold the board, is not
 * there, or does not answer in time: the panel then connects on its own.
 * `onLost` is called if the document lets go later (Keep in step turned
 * off, the document closed), so the panel can connect on its own then.
 */
export function linkToKeeper(
  doc: Y.Doc,
  boardId: string,
  port: LinkPort,
  onLost: () => void,
  sessions?: Pick<SessionTracker, 'current' | 'onChange'>,
): Promise<BoardConnection | null> {
  // Updates from the document carry this origin: not sent back, never undone here.
  const fromKeeper = { keepInStep: 'document' };
  // The document's connection as it last told it; each value's listeners hear only its own changes.
  const status = watched<LinkState['status']>({ kind: 'connecting' });
  const others = watched<LinkState['others']>([]);
  const visitors = watched(0);
  const unreadable = watched(0);
  const refused = watched<LinkState['refused']>([]);
  let ready = false;
  let destroyed = false;
  let settle: (connection: BoardConnection | null) => void = () => {};
  const answered = new Promise<BoardConnection | null>((resolve) => (settle = resolve));

  const { post, start, receive, stop: stopSync } = syncOverPort(doc, port, fromKeeper, 'the background connection');

  const show = (next: LinkState) => {
    status.set(next.status);
    others.set(next.others);
    visitors.set(next.visitors);
    unreadable.set(next.unreadable);
    refused.set(next.refused);
  };

  // The panel's live session, told on every change: should this page go with it live, the document stores it.
  const tellSession = (live: LiveSession | null) =>
    post({ kind: 'session', live: live && { startedAt: live.startedAt, manual: live.manual, people: [...live.people] } });
  const stopTellingSessions = sessions?.onChange(tellSession) ?? (() => {});

  const stop = () => {
    stopTellingSessions();
    clearTimeout(timer);
    stopSync();
  };

  const connection: BoardConnection = {
    kind: 'room',
    status: status.get,
    onStatus: status.on,
    others: others.get,
    onOthers: others.on,
    visitors: visitors.get,
    unreadable: unreadable.get,
    onUnreadable: unreadable.on,
    refusedFrom: refused.get,
    setEditing: (item) => post({ kind: 'editing', item }),
    // The document decides: it is in step exactly while no panel attends it.
    setInStep: () => {},
    destroy() {
      if (destroyed) return Promise.resolve();
      destroyed = true;
      stop();
      status.clear();
      others.clear();
      unreadable.clear();
      port.close();
      return Promise.resolve();
    },
  };

  port.onMessage((raw) => {
    if (destroyed) return;
    const message = readLinkMessage(raw);
    if (!message.ok) return console.warn('Common Ground: ignored a message from the background connection:', message.error);
    const { value } = message;
    if (value.kind === 'absent') {
      void connection.destroy();
      return settle(null);
    }
    if (value.kind === 'state') {
      show(value);
      if (!ready) {
        ready = true;
        clearTimeout(timer);
        settle(connection);
      }
    } else if (value.kind === 'sync') {
      receive(value.data);
    }
  });
  port.onClose(() => {
    if (destroyed) return;
    void connection.destroy();
    if (ready) onLost();
    else settle(null);
  });
  const timer = setTimeout(() => {
    void connection.destroy();
    settle(null);
  }, ANSWER_MS);

  post({ kind: 'attend', board: boardId });
  start();
  if (sessions) tellSession(sessions.current());
  return answered;
}
