import { For, createSignal, onMount } from 'solid-js';
import { SECTIONS } from '../lib/board/format';
import type { BoardSession } from '../lib/session/boardSession';
import { createBoardState } from '../lib/solid/createBoardState';
import { useApp } from './context';
import { BOARD_RENDERED_MARK } from './marks';
import { isRedoKey, isUndoKey } from './keys';
import { SaveStatusBar } from './SaveStatusBar';
import { SectionView } from './SectionView';

/** An open board: its three sections, undo and redo, and whether it is saved. */
export function BoardView(props: { session: BoardSession }) {
  const app = useApp();
  // eslint-disable-next-line solid/reactivity -- BoardScreen is keyed by session
  const state = createBoardState(props.session);
  const [announcement, setAnnouncement] = createSignal('');
  // Every item is in the DOM by now; `npm run bench` times navigation to this mark.
  onMount(() => performance.mark(BOARD_RENDERED_MARK));

  // Undo and redo from anywhere on the board; text boxes handle their own (see ItemText).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.target instanceof HTMLTextAreaElement) return;
    if (event.target instanceof HTMLInputElement) return;
    if (isUndoKey(event)) {
      event.preventDefault();
      props.session.undo();
    } else if (isRedoKey(event)) {
      event.preventDefault();
      props.session.redo();
    }
  };

  return (
    <main class="view board" onKeyDown={onKeyDown}>
      <header class="bar">
        <button type="button" class="quiet" onClick={() => app.navigate({ view: 'boards' })}>
          All boards
        </button>
        <span class="bar-end">
          <button
            type="button"
            class="quiet"
            aria-keyshortcuts="Control+Z"
            disabled={!state.canUndo()}
            onClick={() => props.session.undo()}
          >
            Undo
          </button>
          <button
            type="button"
            class="quiet"
            aria-keyshortcuts="Control+Shift+Z"
            disabled={!state.canRedo()}
            onClick={() => props.session.redo()}
          >
            Redo
          </button>
          <button type="button" class="quiet" onClick={() => app.navigate({ view: 'settings' })}>
            Settings
          </button>
        </span>
      </header>
      <h1 class="board-title">{state.title()}</h1>
      <SaveStatusBar status={state.saveStatus()} onRetry={() => void props.session.persistence.retryNow()} />
      <For each={SECTIONS}>
        {(section) => (
          <SectionView section={section} session={props.session} state={state} announce={setAnnouncement} />
        )}
      </For>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement()}
      </p>
    </main>
  );
}
