import { Show, createResource, createSignal } from 'solid-js';
import type { BoardFile } from '@/lib/app/library/archive';
import { useApp } from '@/components/common/context';
import { downloadText } from '@/components/common/download';
import { t } from '@/lib/i18n/messages';

const stamp = () => new Date().toISOString().slice(0, 10);
const fileName = (file: BoardFile) => (file.kind === 'raw' ? t.board.rawFileName(file.boardName) : `${file.boardName} ${stamp()}.json`);

/**
 * On the board list, only when Firefox holds Common Ground as a temporary
 * add-on: what happens to the boards when Firefox restarts (they stay, and come
 * back when it is loaded again; removing it by hand deletes them, measured in
 * docs/firefox-data.md), with a backup of every board right here. `Remind me
 * in a month` puts it away on this device; `onDone` takes the focus back.
 */
export function TemporaryInstallNotice(props: { hasBoards: boolean; onDone: () => void }) {
  const app = useApp();
  const [shown] = createResource(() => app.library.temporaryInstallNotice());
  const [dismissed, setDismissed] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [said, setSaid] = createSignal('');

  const backUp = async () => {
    setBusy(true);
    try {
      const files = await app.library.backupEveryBoard();
      for (const file of files) downloadText(fileName(file), file.text, 'application/json');
      setSaid(savedSentence(files));
    } catch (cause) {
      console.error('Common Ground: could not back up the boards', cause);
      setSaid(t.boards.temporaryInstall.failed);
    } finally {
      setBusy(false);
    }
  };
  const dismiss = async () => {
    setDismissed(true);
    props.onDone();
    await app.library.dismissTemporaryInstallNotice();
  };

  return (
    <Show when={shown() && !dismissed()}>
      <div class="install-notice" role="note" aria-label={t.boards.temporaryInstall.name}>
        <p>{t.boards.temporaryInstall.gone}</p>
        <p class="help">{t.boards.temporaryInstall.stays}</p>
        <div class="actions">
          <Show when={props.hasBoards}>
            <button type="button" class="small" disabled={busy()} onClick={() => void backUp()}>
              {t.boards.temporaryInstall.backUp}
            </button>
          </Show>
          <button type="button" class="small quiet" onClick={() => void dismiss()}>
            {t.boards.temporaryInstall.remindLater}
          </button>
        </div>
        <Show when={said()}>
          <p role="status">{said()}</p>
        </Show>
      </div>
    </Show>
  );
}

/** What the backup did, in whole sentences of their own. */
function savedSentence(files: BoardFile[]): string {
  const words = t.boards.temporaryInstall;
  if (files.length === 0) return words.nothingYet;
  const raw = files.some((file) => file.kind === 'raw');
  return [words.saved(files.length), words.notesOut, ...(raw ? [words.rawData] : [])].join(' ');
}
