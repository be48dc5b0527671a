import { For, Show, createResource, createSignal } from 'solid-js';
import { ImportBackup } from '@/components/boards/ImportBackup';
import { createBoardList } from '@/lib/solid/createBoardList';
import { BoardRow } from '@/components/boards/BoardRow';
import { useApp } from '@/components/common/context';
import { t } from '@/lib/i18n/messages';
import { JoinForm } from '@/components/boards/JoinForm';
import { NewBoardForm } from '@/components/boards/NewBoardForm';
import { TemporaryInstallNotice } from '@/components/boards/TemporaryInstallNotice';

/** The start view: every board on this device, newest activity first. */
export function BoardListView() {
  const app = useApp();
  const list = createBoardList(app.library);
  // Which form is open: a new board, joining one, or neither.
  const [form, setForm] = createSignal<'new' | 'join' | null>(null);
  const creating = () => form() !== null;
  let newBoardButton: HTMLButtonElement | undefined;
  // How much each board takes here, read again whenever the list changes.
  const [use] = createResource(list.boards, () => app.library.storageUse().catch(() => new Map<string, number>()));
  const [persisted] = createResource(async () => (await navigator.storage?.persisted?.()) ?? false);

  const closeForm = () => {
    setForm(null);
    newBoardButton?.focus();
  };

  return (
    <main class="view">
      <header class="bar">
        <h1>{t.boards.title}</h1>
        <button type="button" class="quiet" onClick={() => app.navigate({ view: 'settings' })}>
          {t.boards.settings}
        </button>
      </header>

      <TemporaryInstallNotice hasBoards={(list.boards()?.length ?? 0) > 0} onDone={() => newBoardButton?.focus()} />

      <Show when={list.error()}>
        {(message) => (
          <p role="alert" class="problem">
            {message()}
          </p>
        )}
      </Show>

      <Show when={list.boards()?.length === 0 && !creating()}>
        <p class="empty">{t.common.emptyBoards}</p>
      </Show>

      <Show
        when={form()}
        fallback={
          <div class="actions">
            <button type="button" class="primary" ref={newBoardButton} onClick={() => setForm('new')}>
              {t.boards.newBoard}
            </button>
            <button type="button" onClick={() => setForm('join')}>
              {t.boards.joinBoard}
            </button>
            <ImportBackup />
          </div>
        }
      >
        {(open) => (open() === 'new' ? <NewBoardForm onCancel={closeForm} /> : <JoinForm onCancel={closeForm} />)}
      </Show>

      <Show when={(list.boards()?.length ?? 0) > 0}>
        <ul class="boards" aria-label={t.boards.savedBoards}>
          <For each={list.boards()}>{(board) => <BoardRow board={board} bytes={use()?.get(board.id)} />}</For>
        </ul>
        <p class="help storage-note">{persisted() ? t.boards.storageNotePersisted : t.boards.storageNote}</p>
      </Show>
    </main>
  );
}
