import { Show, createEffect, createResource, on, onMount } from 'solid-js';
import { useApp } from '@/components/common/context';
import { BoardSnapshot } from '@/components/history/BoardSnapshot';
import { formatDate } from '@/components/common/dates';
import { t } from '@/lib/i18n/messages';

/**
 * The board as a clean document for paper or PDF, opened in a tab of its
 * own: no controls, just the words and where each agreement stands. The
 * browser's print dialog opens by itself; "Save as PDF" makes the PDF.
 */
export function PrintView(props: { boardId: string; withNotes: boolean }) {
  const app = useApp();
  const [board] = createResource(async () => {
    const result = await app.library.printable(props.boardId, props.withNotes);
    return result.ok ? { board: result.value } : { error: result.error };
  });
  onMount(() => document.documentElement.classList.add('printing'));
  // The print dialog once the words are on the page (after this render).
  createEffect(
    on(
      () => board()?.board,
      (ready) => ready && setTimeout(() => window.print(), 0),
    ),
  );
  return (
    <main class="print-view">
      <Show when={board()?.error}>{(error) => <p role="alert">{error()}</p>}</Show>
      <Show when={board()?.board}>
        {(value) => (
          <>
            <h1>{value().title}</h1>
            <p class="help">{t.history.printed(formatDate(Date.now()), ...value().people.map((person) => person.name))}</p>
            <BoardSnapshot board={value()} level={2} />
            <Show when={value().notes}>
              <h2>{t.history.myNotes}</h2>
              <p class="snapshot-text">{value().notes}</p>
            </Show>
          </>
        )}
      </Show>
    </main>
  );
}
