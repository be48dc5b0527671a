import { For, Show, createEffect, createResource, on, onMount } from 'solid-js';
import { consentState } from '../lib/board/consent';
import { SECTIONS, isAgreementSection } from '../lib/board/format';
import { useApp } from './context';
import { SECTION_COPY } from './copy';
import { formatDate } from './dates';

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
  createEffect(on(() => board()?.board, (ready) => ready && setTimeout(() => window.print(), 0)));
  return (
    <main class="print-view">
      <Show when={board()?.error}>{(error) => <p role="alert">{error()}</p>}</Show>
      <Show when={board()?.board}>
        {(value) => {
          const partners = () => value().people.filter((person) => person.role === 'partner');
          return (
            <>
              <h1>{value().title}</h1>
              <p class="help">
                Printed {formatDate(Date.now())}. People: {value().people.map((person) => person.name).join(', ')}.
              </p>
              <For each={SECTIONS}>
                {(section) => {
                  const items = () => value().items.filter((item) => item.section === section && item.text.trim());
                  return (
                    <Show when={items().length > 0}>
                      <h2>{SECTION_COPY[section].title}</h2>
                      <ul>
                        <For each={items()}>
                          {(item) => (
                            <li>
                              <p class="print-text">{item.text}</p>
                              <Show when={isAgreementSection(section)}>
                                <p class="help">
                                  {consentState(item, value().consent.get(item.id) ?? [], partners()).kind === 'agreed'
                                    ? 'Agreed by everyone'
                                    : 'Not yet agreed by everyone'}
                                </p>
                              </Show>
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                  );
                }}
              </For>
              <Show when={value().notes}>
                <h2>My private notes</h2>
                <p class="print-text">{value().notes}</p>
              </Show>
            </>
          );
        }}
      </Show>
    </main>
  );
}
