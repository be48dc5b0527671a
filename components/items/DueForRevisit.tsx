import { For, Show, createMemo } from 'solid-js';
import { AGREEMENT_SECTIONS } from '@/lib/board/format';
import { revisitsDue } from '@/lib/board/agreement/revisit';
import { canConsent } from '@/lib/board/agreement/roles';
import { t } from '@/lib/i18n/messages';
import { formatDate } from '@/components/common/dates';
import { focusItemText } from '@/components/common/focus';
import { useBoard } from '@/components/board/boardContext';

/**
 * The agreements whose revisit date has come, at the top of the board:
 * each partner agrees again (or edits it first, and then everyone agrees to
 * the new words), which moves its date on.
 */
export function DueForRevisit() {
  const { board, state, consent, reveal } = useBoard();
  const due = createMemo(() => {
    const items = AGREEMENT_SECTIONS.flatMap((section) => state.sectionIds(section).flatMap((id) => state.item(id) ?? []));
    return revisitsDue(items, consent.dueAt, (item) => consent.myAgreementAt(item.id, item.text), consent.now()).map(
      ({ item, since, renewed }) => ({ id: item.id, label: t.common.sections[item.section].itemLabel, text: item.text, since, renewed }),
    );
  });
  const partner = () => canConsent(consent.myRole());

  return (
    <Show when={due().length > 0}>
      <section class="card due" aria-labelledby="due-title">
        <h2 id="due-title">{t.items.dueTitle}</h2>
        <p class="help">{t.items.dueHelp}</p>
        <ul class="due-list" aria-label={t.items.dueListLabel}>
          <For each={due()}>
            {(entry) => (
              <li class="due-item">
                <p class="due-text">
                  <span class="visually-hidden">{entry.label}: </span>
                  {entry.text}
                </p>
                <p class="help">
                  {entry.renewed ? t.items.dueSinceAgreedAgain(formatDate(entry.since)) : t.items.dueSince(formatDate(entry.since))}
                </p>
                <div class="actions">
                  <Show when={partner() && !entry.renewed && consent.stateOf(entry.id, entry.text).kind === 'agreed'}>
                    <button type="button" class="small" onClick={() => void board.agree(entry.id)}>
                      {t.items.agreeAgain}
                    </button>
                  </Show>
                  <button
                    type="button"
                    class="small quiet"
                    onClick={() => {
                      reveal.all();
                      focusItemText(entry.id);
                    }}
                  >
                    {t.items.goToIt}
                  </button>
                </div>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
