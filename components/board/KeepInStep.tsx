import { Show, createSignal, onCleanup } from 'solid-js';
import { useApp } from '@/components/common/context';
import { useBoard } from '@/components/board/boardContext';
import { t } from '@/lib/i18n/messages';

/**
 * `Keep in step`: this device keeps a shared board's room joined in the
 * background while the browser is open (issue 19), or in Firefox while the
 * sidebar is open. Off unless chosen; shown only on a shared board.
 */
export function KeepInStep() {
  const app = useApp();
  const { board } = useBoard();
  const [shared, setShared] = createSignal(false);
  const [on, setOn] = createSignal(false);
  let disposed = false;
  onCleanup(() => (disposed = true));
  // The row says whether the board is shared; an invite made here shares it, and connects.
  const read = () =>
    void app.library.getBoard(board.boardId).then((record) => {
      if (disposed) return;
      setShared(record?.share !== undefined);
      setOn(record?.keepInStep === true);
    });
  read();
  onCleanup(board.onConnection(read));
  const change = (checked: boolean) => {
    setOn(checked);
    app.library.setKeepInStep(board.boardId, checked).catch((error: unknown) => {
      // Not stored: the box shows what holds.
      console.error('Common Ground: could not change keeping in step', error);
      if (!disposed) setOn(!checked);
    });
  };
  return (
    <Show when={app.library.keepInStepSupported() && shared()}>
      <div class="keep-in-step">
        <label class="check">
          <input
            type="checkbox"
            checked={on()}
            aria-describedby="keep-in-step-hint"
            onChange={(event) => change(event.currentTarget.checked)}
          />
          {t.board.keepInStep}
        </label>
        <p class="help" id="keep-in-step-hint">
          {app.library.keepInStepWhileOpen() ? t.board.keepInStepHintWhileOpen : t.board.keepInStepHint}
        </p>
      </div>
    </Show>
  );
}
