import { Show, type JSX } from 'solid-js';
import type { BoardHandle } from '@/lib/app/boardHandle';
import type { LiveSession } from '@/lib/app/sessionTracker';

const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/**
 * Whether a session is going on. One starts by itself when people are here
 * together; `Start session` is for working alone with the board (a therapist
 * preparing). At the end this device keeps a copy of the board as it was.
 */
export function SessionBar(props: { session: BoardHandle; live: LiveSession | null; children?: JSX.Element }) {
  const names = () =>
    [...(props.live?.people ?? new Map<string, string>())]
      .filter(([id]) => id !== props.session.personId)
      .map(([, name]) => name);
  return (
    <>
      <p class="help session-status" role="status" aria-label="Session">
        <Show when={props.live} fallback="No session going on.">
          {(live) => (
            <>
              Session since {time.format(live().startedAt)}
              {names().length > 0 ? ` with ${names().join(', ')}` : ''}. When it ends, this device keeps a copy of the
              board as it is then.
            </>
          )}
        </Show>
      </p>
      <div class="actions board-actions">
        <Show
          when={props.live}
          fallback={
            <button type="button" class="small" onClick={() => props.session.sessions.start()}>
              Start session
            </button>
          }
        >
          <button type="button" class="small" onClick={() => void props.session.sessions.end()}>
            End session
          </button>
        </Show>
        {props.children}
      </div>
    </>
  );
}
