import { Show, createResource, createSignal } from 'solid-js';
import type { LoadProblem } from '@/lib/store/loadBoard';
import { ConfirmDialog } from '@/components/common/ConfirmDialog';
import { useApp } from '@/components/common/context';
import { downloadText } from '@/components/common/download';

/**
 * Shown instead of a board whose stored data cannot be read. Nothing is
 * changed unless the person asks: they can keep the raw data, or delete it.
 */
export function BoardProblem(props: { boardId: string; problem: LoadProblem }) {
  const app = useApp();
  const [record] = createResource(
    () => props.boardId,
    (id) => app.library.getBoard(id),
  );
  const [confirming, setConfirming] = createSignal(false);
  const [message, setMessage] = createSignal<string | null>(null);
  const name = () => record()?.name ?? 'This board';

  const exportRaw = async () => {
    const raw = await app.library.exportRawBoard(props.boardId);
    if (!raw.ok) return setMessage(raw.error);
    downloadText(`${name()} (raw data).json`, raw.value, 'application/json');
    setMessage('The raw data was saved as a file in your downloads.');
  };

  const remove = async () => {
    setConfirming(false);
    await app.library.deleteBoard(props.boardId);
    app.navigate({ view: 'boards' });
  };

  return (
    <main class="view">
      <header class="bar">
        <button type="button" class="quiet" onClick={() => app.navigate({ view: 'boards' })}>
          All boards
        </button>
      </header>
      <h1>{name()}</h1>
      <div class="card problem-card" role="alert">
        <p class="problem-title">This board could not be opened</p>
        <Show
          when={props.problem.kind === 'newer-format'}
          fallback={
            <p>
              Its saved data on this device is damaged, so it cannot be shown. Your other boards are not affected. You can keep a copy of
              the raw data (for example to ask for help recovering it), or delete it from this device.
            </p>
          }
        >
          <p>It was saved by a newer version of Common Ground. Please update the extension to open it; nothing has been changed.</p>
        </Show>
      </div>
      <div class="actions">
        <button type="button" onClick={() => void exportRaw()}>
          Export raw data
        </button>
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          Delete board
        </button>
      </div>
      <Show when={message()}>{(text) => <p role="status">{text()}</p>}</Show>
      <Show when={confirming()}>
        <ConfirmDialog
          title={`Delete “${name()}”?`}
          confirmLabel="Delete board"
          cancelLabel="Keep it"
          onConfirm={() => void remove()}
          onClose={() => setConfirming(false)}
        >
          <p>This removes the board's damaged data from this device. It cannot be undone.</p>
        </ConfirmDialog>
      </Show>
    </main>
  );
}
