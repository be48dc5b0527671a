import { Show, createSignal } from 'solid-js';
import type { BoardRecord } from '@/lib/store/db';
import { ConfirmDialog } from '@/components/common/ConfirmDialog';
import { useApp } from '@/components/common/context';
import { t } from '@/lib/i18n/messages';
import { formatBytes } from '@/lib/i18n/format';
import { formatRelative } from '@/components/common/dates';

/** One saved board: open it, rename it, or delete it after asking. */
export function BoardRow(props: { board: BoardRecord; bytes?: number }) {
  const app = useApp();
  const [renaming, setRenaming] = createSignal(false);
  const [confirmingDelete, setConfirmingDelete] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const detailsId = () => `board-${props.board.id}-details`;
  let renameButton: HTMLButtonElement | undefined;

  const rename = async (event: SubmitEvent) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget as HTMLFormElement).get('name') ?? '');
    const result = await app.library.renameBoard(props.board.id, name);
    if (!result.ok) return setError(result.error);
    setError(null);
    setRenaming(false);
    renameButton?.focus();
  };

  const remove = async () => {
    setConfirmingDelete(false);
    try {
      await app.library.deleteBoard(props.board.id);
    } catch (cause) {
      console.error('Common Ground: could not delete a board', cause);
      setError(t.boards.deleteFailed);
    }
  };

  return (
    <li class="board-row">
      <Show
        when={renaming()}
        fallback={
          <>
            <button
              type="button"
              class="board-open"
              aria-describedby={detailsId()}
              onClick={() => app.navigate({ view: 'board', boardId: props.board.id })}
            >
              {props.board.name}
            </button>
            <span id={detailsId()} class="meta">
              {t.common.kinds[props.board.kind]} · {formatRelative(props.board.lastActivityAt)}
              {props.bytes !== undefined ? ` · ${t.boards.sizeOnDevice(formatBytes(props.bytes))}` : ''}
            </span>
            <span class="row-actions">
              <button type="button" class="quiet small" ref={renameButton} onClick={() => setRenaming(true)}>
                {t.boards.rename}
              </button>
              <button type="button" class="quiet small" onClick={() => setConfirmingDelete(true)}>
                {t.boards.delete}
              </button>
            </span>
          </>
        }
      >
        <form class="rename" onSubmit={rename}>
          <label>
            {t.boards.newName}
            <input
              name="name"
              value={props.board.name}
              required
              maxLength={80}
              ref={(el) => queueMicrotask(() => (el.focus(), el.select()))}
            />
          </label>
          <div class="actions">
            <button type="submit" class="primary small">
              {t.boards.saveName}
            </button>
            <button type="button" class="quiet small" onClick={() => setRenaming(false)}>
              {t.boards.cancel}
            </button>
          </div>
        </form>
      </Show>
      <Show when={error()}>
        {(message) => (
          <p role="alert" class="problem">
            {message()}
          </p>
        )}
      </Show>
      <Show when={confirmingDelete()}>
        <ConfirmDialog
          title={t.boards.deleteTitle(props.board.name)}
          confirmLabel={t.boards.deleteBoard}
          cancelLabel={t.boards.keepIt}
          onConfirm={() => void remove()}
          onClose={() => setConfirmingDelete(false)}
        >
          <p>{t.boards.deleteText}</p>
        </ConfirmDialog>
      </Show>
    </li>
  );
}
