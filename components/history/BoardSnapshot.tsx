import { For, Show, type JSX } from 'solid-js';
import { consentState } from '@/lib/board/agreement/consent';
import { SECTIONS, isAgreementSection } from '@/lib/board/format';
import type { ItemView } from '@/lib/board/read';
import type { PastBoard } from '@/lib/app/pastBoard';
import { t } from '@/lib/i18n/messages';

/**
 * A board's sections as read-only text, each agreement with where it
 * stood: shared by a past session in History and by the print view.
 */
export function BoardSnapshot(props: {
  board: PastBoard;
  /** The section headings' level, to fit under the page's own headings. */
  level: 2 | 4;
  /** Each section list's accessible name. */
  listLabel?: (sectionTitle: string) => string;
  /** Anything to add under an item (e.g. History's "Add it back"). */
  extra?: (item: ItemView) => JSX.Element;
}) {
  const partners = () => props.board.people.filter((person) => person.role === 'partner');
  return (
    <For each={SECTIONS}>
      {(section) => {
        const title = t.common.sections[section].title;
        const items = () => props.board.items.filter((item) => item.section === section && item.text.trim() !== '');
        return (
          <Show when={items().length > 0}>
            {/* Not <Dynamic>: a tag by name costs the panel Solid's whole spread() and its property tables (1.1 KB gzipped). */}
            <Show when={props.level === 2} fallback={<h4>{title}</h4>}>
              <h2>{title}</h2>
            </Show>
            <ul class="snapshot-items" aria-label={props.listLabel?.(title)}>
              <For each={items()}>
                {(item) => (
                  <li>
                    <p class="snapshot-text">{item.text}</p>
                    <Show when={isAgreementSection(section)}>
                      <p class="help">
                        {consentState(item, props.board.consent.get(item.id) ?? [], partners()).kind === 'agreed'
                          ? t.history.agreedByEveryone
                          : t.history.notYetAgreed}
                      </p>
                    </Show>
                    {props.extra?.(item)}
                  </li>
                )}
              </For>
            </ul>
          </Show>
        );
      }}
    </For>
  );
}
