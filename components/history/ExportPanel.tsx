import { Show, createSignal } from 'solid-js';
import { useApp } from '@/components/common/context';
import { useBoard } from '@/components/board/boardContext';
import { formatDate } from '@/components/common/dates';
import { downloadText } from '@/components/common/download';

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
    setDone('The Markdown file is in your downloads.');
  };
  const backup = async () => {
    downloadText(fileName('json'), await app.library.exportBackup(board, withNotes()), 'application/json');
    setDone('The backup is in your downloads. Keep it somewhere safe: anyone with the file can read the board.');
  };
  const print = () => {
    const url = new URL(location.href);
    url.hash = `#/print/${board.boardId}${withNotes() ? '?notes' : ''}`;
    window.open(url.href, '_blank');
  };

  return (
    <section class="card export" aria-labelledby="export-title">
      <h2 id="export-title">Export this board</h2>
      <label class="check">
        <input type="checkbox" checked={withNotes()} onChange={(event) => setWithNotes(event.currentTarget.checked)} />
        Include my private notes
      </label>
      <p class="help">Your private notes stay out of every export unless you tick this.</p>
      <div class="actions">
        <button type="button" onClick={() => void markdown()}>
          Markdown
        </button>
        <button type="button" onClick={print}>
          Print view
        </button>
        <button type="button" onClick={() => void backup()}>
          JSON backup
        </button>
        <button type="button" class="quiet" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
      <Show when={done()}>
        <p role="status">{done()}</p>
      </Show>
    </section>
  );
}
