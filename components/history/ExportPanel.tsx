import { Show, createSignal } from 'solid-js';
import { useApp } from '@/components/common/context';
import { useBoard } from '@/components/board/boardContext';
import { formatDate } from '@/components/common/dates';
import { downloadText } from '@/components/common/download';
import { t } from '@/lib/i18n/messages';

const stamp = () => new Date().toISOString().slice(0, 10);

/** Export choices: Markdown to read or keep, a print view (the browser makes the PDF), a JSON backup to restore. */
export function ExportPanel(props: { onClose: () => void }) {
  const app = useApp();
  const { board, name } = useBoard();
  const [withNotes, setWithNotes] = createSignal(false);
  const [done, setDone] = createSignal('');
  const fileName = (ext: string) => `${name()} ${stamp()}.${ext}`;

  const markdown = async () => {
    downloadText(fileName('md'), await app.library.exportMarkdown(board, withNotes(), formatDate), 'text/markdown');
    setDone(t.history.markdownDone);
  };
  const backup = async () => {
    downloadText(fileName('json'), await app.library.exportBackup(board, withNotes()), 'application/json');
    setDone(t.history.backupDone);
  };
  const print = () => {
    const url = new URL(location.href);
    url.hash = `#/print/${board.boardId}${withNotes() ? '?notes' : ''}`;
    window.open(url.href, '_blank');
  };

  return (
    <section class="card export" aria-labelledby="export-title">
      <h2 id="export-title">{t.history.exportTitle}</h2>
      <label class="check">
        <input type="checkbox" checked={withNotes()} onChange={(event) => setWithNotes(event.currentTarget.checked)} />
        {t.history.includeNotes}
      </label>
      <p class="help">{t.history.notesStayOut}</p>
      <div class="actions">
        <button type="button" onClick={() => void markdown()}>
          {t.history.markdown}
        </button>
        <button type="button" onClick={print}>
          {t.history.printView}
        </button>
        <button type="button" onClick={() => void backup()}>
          {t.history.jsonBackup}
        </button>
        <button type="button" class="quiet" onClick={() => props.onClose()}>
          {t.history.close}
        </button>
      </div>
      <Show when={done()}>
        <p role="status">{done()}</p>
      </Show>
    </section>
  );
}
