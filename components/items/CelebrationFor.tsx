import { createMemo } from 'solid-js';
import type { ItemView } from '@/lib/board/read';
import { REACTIONS } from '@/lib/board/reactions';
import { MenuButton, type MenuEntry } from '@/components/common/MenuButton';
import { formatDate } from '@/components/common/dates';
import { useBoard } from '@/components/board/boardContext';
import { t } from '@/lib/i18n/messages';

/**
 * A celebration's date and who it is for, the reactions given so far, and
 * one way to add yours: a `React` menu, built only when opened. Who it is
 * for is changed from the item's menu.
 */
export function CelebrationFor(props: { item: () => ItemView }) {
  const { board, consent, reactions: allReactions } = useBoard();
  const id = () => props.item().id;
  const nameOf = (personId: string | undefined) => consent.names().find((person) => person.id === personId)?.name;
  const dateLine = () => {
    const name = nameOf(props.item().forPerson);
    const date = formatDate(props.item().createdAt);
    return name ? t.items.addedFor(date, name) : t.items.added(date);
  };
  const reactions = () => allReactions.of(id());
  // Read when the React menu opens, not watched.
  const mine = () => reactions().find((reaction) => reaction.personId === board.personId)?.reaction ?? null;
  // One memo: the line's text and whether it shows both follow it.
  const summary = createMemo(() =>
    reactions()
      .map((reaction) => {
        const choice = REACTIONS.find((option) => option.key === reaction.reaction)!;
        return `${nameOf(reaction.personId) ?? t.model.someone}: ${choice.symbol} ${choice.words}`;
      })
      .join(' · '),
  );
  // Choosing your reaction again takes it back.
  const choices = (): MenuEntry[] =>
    REACTIONS.map(({ key, symbol, words }) => ({
      icon: symbol,
      label: words,
      checked: mine() === key,
      onSelect: () => board.react(id(), mine() === key ? null : key),
    }));

  return (
    <div class="celebration-extras item-foot">
      <p class="item-date" textContent={dateLine()} />
      <p class="reaction-summary" aria-label={t.items.reactions} hidden={!summary()} textContent={summary()} />
      {/* Not offered to observers: `.read-only` on the board hides it (no effect per celebration). */}
      <span class="react">
        <MenuButton label={t.items.react} class="small quiet" items={choices} />
      </span>
    </div>
  );
}
