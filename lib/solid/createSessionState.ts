import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { BoardHandle } from '@/lib/app/boardHandle';
import type { LiveSession } from '@/lib/app/sessionTracker';

/** The board's live session (or none) as a signal. */
export function createSessionState(board: BoardHandle): Accessor<LiveSession | null> {
  const copy = (live: LiveSession | null) => (live ? { ...live, people: new Map(live.people) } : null);
  const [live, setLive] = createSignal(copy(board.sessions.current()));
  onCleanup(board.sessions.onChange((next) => setLive(copy(next))));
  return live;
}
