import { Show, createSignal } from 'solid-js';
import { ConfirmDialog } from '@/components/common/ConfirmDialog';
import { useApp } from '@/components/common/context';
import { useBoard } from '@/components/board/boardContext';
import { t } from '@/lib/i18n/messages';

/** Leaving a shared board: it goes from this device only; the others keep theirs. */
export function LeaveBoard() {
  const app = useApp();
  const { board, name } = useBoard();
  const [confirming, setConfirming] = createSignal(false);
  const leave = async () => {
    setConfirming(false);
    // Navigating closes the session (and its connection) before the rows go.
    app.navigate({ view: 'boards' });
    await app.library.deleteBoard(board.boardId);
  };
  return (
    <>
      <button type="button" class="danger leave" onClick={() => setConfirming(true)}>
        {t.board.leaveBoard}
      </button>
      <Show when={confirming()}>
        <ConfirmDialog
          title={t.board.leaveTitle(name())}
          confirmLabel={t.board.leaveBoard}
          cancelLabel={t.board.stay}
          onConfirm={() => void leave()}
          onClose={() => setConfirming(false)}
        >
          <p>{t.board.leaveText}</p>
        </ConfirmDialog>
      </Show>
    </>
  );
}
