import { For, Show, createResource, createSignal } from 'solid-js';
import type { ItemView } from '@/lib/board/read';
import type { PastBoard } from '@/lib/app/pastBoard';
import { useApp } from '@/components/common/context';
import { BoardSnapshot } from '@/components/history/BoardSnapshot';
import { formatDate } from '@/components/common/dates';
import { focusItemText } from '@/components/common/focus';
import { useBoard } from '@/components/board/boardContext';
import { createSessionState } from '@/lib/solid/createSessionState';
import { formatLocale } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/messages';

const minutes = (ms: number) => Math.max(1, Math.round(ms / 60_000));

/** Past sessions of this board on this device; any one opens read-only, as the board was when it ended. */
export function HistoryPanel(props: { onClose: () => void }) {
  const app = useApp();
  const { board } = useBoard();
  const live = createSessionState(board);
  // A live session is stored as it goes (lib/app/sessionTracker.ts): it is not past yet.
  const [stored] = createResource(() => app.library.listSessions(board.boardId));
  const sessions = () => stored()?.filter((session) => session.startedAt !== live()?.startedAt);
  const [openId, setOpenId] = createSignal<number | null>(null);
  const [past] = createResource(openId, async (id) => {
    const opened = await app.library.openPastSession(id);
    return opened.ok ? { board: opened.value } : { error: opened.error };
  });
  const openedAt = () => sessions()?.find((session) => session.id === openId())?.endedAt ?? 0;
  // A session's start as a time of day, in the panel's language (one formatter for the list).
  const time = new Intl.DateTimeFormat(formatLocale(), { hour: 'numeric', minute: '2-digit' });

  return (
    <section class="card history" aria-labelledby="history-title">
      <h2 id="history-title">{t.history.title}</h2>
      <Show
        when={openId() === null}
        fallback={
          <>
            <Show when={past.loading}>
              <p>{t.history.opening}</p>
            </Show>
            <Show when={past()?.error}>{(error) => <p role="alert">{error()}</p>}</Show>
            <Show when={past()?.board}>{(pastBoard) => <PastBoardView past={pastBoard()} endedAt={openedAt()} />}</Show>
          </>
        }
      >
        <p class="help">{t.history.keptHere}</p>
        <Show when={(sessions() ?? []).length > 0} fallback={<p>{t.history.noSessions}</p>}>
          <ul class="session-list" aria-label={t.history.pastSessions}>
            <For each={sessions()}>
              {(session) => (
                <li>
                  <button type="button" class="quiet session-open" onClick={() => setOpenId(session.id)}>
                    {t.history.session(
                      formatDate(session.endedAt),
                      time.format(session.startedAt),
                      minutes(session.endedAt - session.startedAt),
                    )}
                  </button>
                  <span class="help"> {t.history.sessionWith(...session.people.map((person) => person.name))}</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <div class="actions">
        <Show when={openId() !== null}>
          <button type="button" class="quiet" onClick={() => setOpenId(null)}>
            {t.history.allSessions}
          </button>
        </Show>
        <button type="button" class="quiet" onClick={() => props.onClose()}>
          {t.history.closeHistory}
        </button>
      </div>
    </section>
  );
}

/** A past board, read-only; an item's earlier wording can be brought back as a new edit. */
function PastBoardView(props: { past: PastBoard; endedAt: number }) {
  const { board, state, reveal } = useBoard();
  const restore = (item: ItemView) => {
    reveal.all();
    if (state.item(item.id)) {
      board.setText(item.id, item.text);
      focusItemText(item.id);
    } else {
      focusItemText(board.addItem(item.section, item.text));
    }
  };
  return (
    <div class="past-board">
      <h3>{t.history.asItWas(formatDate(props.endedAt))}</h3>
      <BoardSnapshot
        board={props.past}
        level={4}
        listLabel={(title) => t.history.asTheyWere(title)}
        extra={(item) => (
          <Show when={state.item(item.id)?.text !== item.text}>
            <button type="button" class="small quiet" onClick={() => restore(item)}>
              {state.item(item.id) ? t.history.useAgain : t.history.addBack}
            </button>
          </Show>
        )}
      />
    </div>
  );
}
