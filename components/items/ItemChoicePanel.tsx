import { For, Show, onMount } from 'solid-js';
import type { ItemView } from '@/lib/board/read';
import { parseDateInput, toDateInput } from '@/lib/board/agreement/revisit';
import type { ItemChoice } from '@/components/items/ItemActions';
import { useBoard } from '@/components/board/boardContext';
import { t } from '@/lib/i18n/messages';

const DAY = 24 * 60 * 60 * 1000;

/**
 * What an `Item actions` choice opens under the item's words: its revisit
 * date, or who a celebration is for. Each change applies at once; `Done` or
 * Escape closes it and focus goes back to the menu button.
 */
export function ItemChoicePanel(props: { choice: ItemChoice; item: () => ItemView; onClose: () => void }) {
  const { board, consent } = useBoard();
  const id = () => props.item().id;
  let field: HTMLInputElement | HTMLSelectElement | undefined;
  onMount(() => field?.focus());
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    props.onClose();
  };

  return (
    <div
      class="item-choice"
      role="group"
      aria-label={props.choice === 'revisit' ? t.items.revisitDate : t.items.whoItIsFor}
      onKeyDown={onKeyDown}
    >
      {props.choice === 'revisit' ? (
        <>
          <label>
            {t.items.revisitOn}
            <input
              ref={(el) => (field = el)}
              type="date"
              value={toDateInput(consent.dueAt(props.item()) ?? consent.now() + consent.revisitEveryDays() * DAY)}
              onChange={(event) => {
                const date = parseDateInput(event.currentTarget.value);
                if (date !== null) board.setRevisitOn(id(), date);
              }}
            />
          </label>
          <Show when={props.item().revisitOn !== undefined}>
            <button type="button" class="small quiet" onClick={() => board.setRevisitOn(id(), null)}>
              {t.items.useBoardRhythm}
            </button>
          </Show>
        </>
      ) : (
        <label>
          {t.items.forLabel}
          <select
            ref={(el) => (field = el)}
            value={props.item().forPerson ?? ''}
            onChange={(event) => board.setCelebrationFor(id(), event.currentTarget.value || null)}
          >
            <option value="">{t.items.everyone}</option>
            <For each={consent.names()}>{(person) => <option value={person.id}>{person.name}</option>}</For>
          </select>
        </label>
      )}
      <button type="button" class="small" onClick={() => props.onClose()}>
        {t.items.done}
      </button>
    </div>
  );
}
