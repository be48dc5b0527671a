import { Show } from 'solid-js';
import type { SaveStatus } from '@/lib/store/persistence';
import { t } from '@/lib/i18n/messages';

/**
 * Whether what is on screen is safely on this device. "Saving…"/"Saved" flip
 * on every keystroke, so they are not announced; a failure is (role=alert).
 */
export function SaveStatusBar(props: { status: SaveStatus; onRetry: () => void }) {
  const failure = () => (props.status.kind === 'failed' ? props.status : null);
  return (
    <Show
      when={failure()}
      fallback={
        <p class="save-status" data-save-status={props.status.kind}>
          {props.status.kind === 'saving' ? t.board.saving : t.board.saved}
        </p>
      }
    >
      {(failed) => (
        <div class="save-status failed" data-save-status="failed">
          <p role="alert">{failed().message}</p>
          <button type="button" class="small" onClick={() => props.onRetry()}>
            {t.board.retrySave}
          </button>
        </div>
      )}
    </Show>
  );
}
