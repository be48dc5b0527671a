import { Show, createResource, createSignal } from 'solid-js';
import type { LoadProblem } from '@/lib/store/loadBoard';
import { ConfirmDialog } from '@/components/common/ConfirmDialog';
import { useApp } from '@/components/common/context';
import { downloadText } from '@/components/common/download';
import { t } from '@/lib/i18n/messages';

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
  const name = () => record()?.name ?? t.board.thisBoard;

  const exportRaw = async () => {
    const raw = await app.library.exportRawBoard(props.boardId);
    if (!raw.ok) return setMessage(raw.error);
    downloadText(t.board.rawFileName(name()), raw.value, 'application/json');
    setMessage(t.board.rawSaved);
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
          {t.board.allBoards}
        </button>
      </header>
      <h1>{name()}</h1>
      <div class="card problem-card" role="alert">
        <p class="problem-title">{t.board.problemTitle}</p>
        <Show when={props.problem.kind === 'newer-format'} fallback={<p>{t.board.problemDamaged}</p>}>
          <p>{t.board.problemNewer}</p>
        </Show>
      </div>
      <div class="actions">
        <button type="button" onClick={() => void exportRaw()}>
          {t.board.exportRaw}
        </button>
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t.board.deleteBoard}
        </button>
      </div>
      <Show when={message()}>{(text) => <p role="status">{text()}</p>}</Show>
      <Show when={confirming()}>
        <ConfirmDialog
          title={t.board.deleteTitle(name())}
          confirmLabel={t.board.deleteBoard}
          cancelLabel={t.board.keepIt}
          onConfirm={() => void remove()}
          onClose={() => setConfirming(false)}
        >
          <p>{t.board.deleteText}</p>
        </ConfirmDialog>
      </Show>
    </main>
  );
}
