import { Show, type JSX } from 'solid-js';
import { createSessionState } from '@/lib/solid/createSessionState';
import { useBoard } from '@/components/board/boardContext';

const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/**
 * Whether a session is going on. One starts by itself when people are here
 * together; `Start session` is for working alone with the board (a therapist
 * preparing). At the end this device keeps a copy of the board as it was.
 */
export function SessionBar(props: { children?: JSX.Element }) {
  const { board } = useBoard();
  const live = createSessionState(board);
  const names = () => [...(live()?.people ?? new Map<string, string>())].filter(([id]) => id !== board.personId).map(([, name]) => name);
  return (
    <>
      <p class="help session-status" role="status" aria-label="Session">
        <Show when={live()} fallback="No session going on.">
          {(current) => (
            <>
              Session since {time.format(current().startedAt)}
              {names().length > 0 ? ` with ${names().join(', ')}` : ''}. When it ends, this device keeps a copy of the board as it is then.
            </>
          )}
        </Show>
      </p>
      <div class="actions board-actions">
        <Show
          when={live()}
          fallback={
            <button type="button" class="small" onClick={() => board.sessions.start()}>
              Start session
            </button>
          }
        >
          <button type="button" class="small" onClick={() => void board.sessions.end()}>
            End session
          </button>
        </Show>
        {props.children}
      </div>
    </>
  );
}
