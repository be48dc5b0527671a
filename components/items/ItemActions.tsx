import { isAgreementSection, type Section } from '@/lib/board/format';
import { MenuButton, type MenuEntry } from '@/components/common/MenuButton';
import { t } from '@/lib/i18n/messages';

/** What a menu choice opens under the item's words: its revisit date, or who a celebration is for. */
export type ItemChoice = 'revisit' | 'for';

/** The DOM id of an item's `Item actions` button, where focus returns after a move or a choice. */
export const itemActionsId = (itemId: string) => `item-actions-${itemId}`;

/**
 * An item's secondary actions, in one `Item actions` menu (ui-contract.md):
 * Move up, Move down, Change revisit date (boundaries and expectations),
 * For (celebrations), Delete. The entries are made only when it opens.
 */
export function ItemActions(props: {
  itemId: string;
  section: Section;
  /** First and last in its section: that way is shown but unavailable. */
  first: boolean;
  last: boolean;
  onMove: (delta: -1 | 1) => void;
  onChoose: (choice: ItemChoice) => void;
  onDelete: () => void;
}) {
  const items = (): MenuEntry[] => [
    // aria-keyshortcuts takes key names from the UI Events spec, in every language.
    { label: t.items.moveUp, keyshortcuts: 'Alt+ArrowUp', disabled: props.first, onSelect: () => props.onMove(-1) },
    { label: t.items.moveDown, keyshortcuts: 'Alt+ArrowDown', disabled: props.last, onSelect: () => props.onMove(1) },
    ...(isAgreementSection(props.section) ? [{ label: t.items.changeRevisitDate, onSelect: () => props.onChoose('revisit') }] : []),
    ...(props.section === 'celebration' ? [{ label: t.items.forWhom, onSelect: () => props.onChoose('for') }] : []),
    { label: t.items.delete, onSelect: () => props.onDelete() },
  ];
  // The item's id is fixed for the card's life: read once, not watched.
  // eslint-disable-next-line solid/reactivity -- see above
  const id = itemActionsId(props.itemId);
  // Not offered to observers: `.read-only` on the board hides it (no effect per item).
  return (
    <span class="item-actions">
      <MenuButton label={t.items.itemActions} id={id} class="icon quiet" items={items}>
        <span aria-hidden="true">⋯</span>
      </MenuButton>
    </span>
  );
}
