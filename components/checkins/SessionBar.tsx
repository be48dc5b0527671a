import { Show, type JSX } from 'solid-js';
import { createSessionState } from '@/lib/solid/createSessionState';
import { useBoard } from '@/components/board/boardContext';
import { t } from '@/lib/i18n/messages';
import { formatList, formatLocale } from '@/lib/i18n/format';

/** When a session started, hours and minutes in the panel's language. Made when shown: it is read once a session, not per item. */
const startTime = (at: number) => new Intl.DateTimeFormat(formatLocale(), { hour: 'numeric', minute: '2-digit' }).format(at);

/**
 * Whether a session is going on. One starts by itself when people are here
 * together; `Start session` is for working alone with the board (a therapist
 * preparing). At the end this device keeps a copy of the board as it was.
 */
export function SessionBar(props: { children?: JSX.Element }) {
  const { board } = useBoard();
  const live = createSessionState(board);
  const names = () => [...(live()?.people ?? new Map<string, string>())].filter(([id]) => id !== board.personId).map(([, name]) => name);
  // One sentence, whole: who is here changes during a session, and the sentence with it.
  const status = () => {
    const current = live();
    if (!current) return t.checkins.session.none;
    const since = startTime(current.startedAt);
    return names().length > 0 ? t.checkins.session.sinceWith(since, formatList(names())) : t.checkins.session.since(since);
  };
  return (
    <>
      <p class="help session-status" role="status" aria-label={t.checkins.session.label}>
        {status()}
      </p>
      <div class="actions board-actions">
        <Show
          when={live()}
          fallback={
            <button type="button" class="small" onClick={() => board.sessions.start()}>
              {t.checkins.session.start}
            </button>
          }
        >
          <button type="button" class="small" onClick={() => void board.sessions.end()}>
            {t.checkins.session.end}
          </button>
        </Show>
        {props.children}
      </div>
    </>
  );
}
