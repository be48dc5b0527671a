import { Match, Show, Switch, createResource, createSignal, onCleanup } from 'solid-js';
import { createRouter } from '@/lib/solid/router';
import type { Library } from '@/lib/app/library';
import type { Device } from '@/lib/store/device';
import { BoardListView } from '@/components/boards/BoardListView';
import { BoardScreen } from '@/components/board/BoardScreen';
import { AppProvider } from '@/components/common/context';
import { PrintView } from '@/components/history/PrintView';
import { SettingsView } from '@/components/settings/SettingsView';
import { t } from '@/lib/i18n/messages';

export function App(props: { library: Library }) {
  const { route, navigate, back } = createRouter();
  const openBoardId = () => {
    const current = route();
    return current.view === 'board' ? current.boardId : null;
  };
  const printing = () => {
    const current = route();
    return current.view === 'print' ? current : null;
  };
  const [device, { mutate }] = createResource(() => props.library.loadDevice());
  // A newer version opened the boards in another window: this one has saved and let go.
  const [replaced, setReplaced] = createSignal(false);
  // eslint-disable-next-line solid/reactivity -- the library is fixed for the app's life
  onCleanup(props.library.onReplaced(() => setReplaced(true)));

  return (
    <Show when={!replaced()} fallback={<Replaced />}>
      <Show
        when={device()}
        fallback={
          <Show when={device.error} fallback={<p class="loading">{t.board.openingBoards}</p>}>
            <p role="alert" class="problem">
              {t.board.storageUnreadable}
            </p>
          </Show>
        }
      >
        {(ready) => (
          <AppProvider
            value={{
              library: props.library,
              device: ready,
              setDevice: (next: Device) => mutate(next),
              navigate,
              back,
            }}
          >
            <Switch>
              <Match when={route().view === 'settings'}>
                <SettingsView />
              </Match>
              <Match when={openBoardId()} keyed>
                {(boardId) => <BoardScreen boardId={boardId} />}
              </Match>
              <Match when={printing()} keyed>
                {(print) => <PrintView boardId={print.boardId} withNotes={print.withNotes} />}
              </Match>
              <Match when={route().view === 'boards'}>
                <BoardListView />
              </Match>
            </Switch>
          </AppProvider>
        )}
      </Show>
    </Show>
  );
}

function Replaced() {
  return (
    <main class="view">
      <h1>{t.board.replacedTitle}</h1>
      <p role="alert">{t.board.replacedText}</p>
      <button type="button" class="primary" onClick={() => location.reload()}>
        {t.board.reloadPanel}
      </button>
    </main>
  );
}
