import { createSignal } from 'solid-js';
import type { Section } from '@/lib/board/format';
import type { ItemView } from '@/lib/board/read';
import { CelebrationFor } from '@/components/items/CelebrationFor';
import { ItemConsent } from '@/components/items/ItemConsent';
import { ItemActions, itemActionsId, type ItemChoice } from '@/components/items/ItemActions';
import { ItemChoicePanel } from '@/components/items/ItemChoicePanel';
import { isAgreementSection } from '@/lib/board/format';
import { canEdit } from '@/lib/board/agreement/roles';
import { soundsLikeAccusation } from '@/lib/board/practice/phrasing';
import { currentLocale, t } from '@/lib/i18n/messages';
import { formatList } from '@/lib/i18n/format';
import { altChord } from '@/lib/i18n/platform';
import { focusItemText } from '@/components/common/focus';
import { ItemText, isCaretMove } from '@/components/items/ItemText';
import { useBoard } from '@/components/board/boardContext';

/**
 * One item, as calm as it can be: its words, where it stands, and this
 * person's one next step. Everything else (moving, the revisit date, who a
 * celebration is for, deleting) waits in its `Item actions` menu, built only
 * when opened; reordering also works by dragging the handle or Alt+↑ / Alt+↓.
 */
export function ItemCard(props: {
  id: string;
  /** Its place in its section. */
  index: number;
  /** Fixed for the card's life: a move to another section is a new card. */
  section: Section;
  /** After a delete, with the item that takes the focus (none: the section's last went). */
  onDeleted: (nextFocus: string | undefined) => void;
}) {
  const { board, state, consent, presence, reveal, announce } = useBoard();
  const copy = () => t.common.sections[props.section];
  // The section's items, this one among them.
  const siblings = () => state.sectionIds(props.section);
  // Other people whose cursor is in this item now.
  const editors = () => presence.editorsOf(props.id);
  // The last view read: a deleted item's card may still be asked once before it goes.
  let last: ItemView | undefined;
  const item = (): ItemView => {
    const view = state.item(props.id) ?? last;
    // not-ui: a bug (a card outliving its item and never shown before), for developers
    if (!view) throw new Error(`No item ${props.id} on this board`);
    return (last = view);
  };
  // A suggestion only, for boundaries and expectations; read out with the text box.
  const nudge = () => isAgreementSection(props.section) && soundsLikeAccusation(item().text, currentLocale());
  // Observers read only: no typing, moving or deleting is offered to them.
  const editable = () => canEdit(consent.myRole());
  const nudgeId = () => `nudge-${props.id}`;
  // A choice from the menu that needs more than a click (a date, a person), shown under the words.
  const [choosing, setChoosing] = createSignal<ItemChoice | null>(null);

  /** Moves the item by one place; focus goes back to where it was (moving the DOM node drops it). */
  const move = (delta: -1 | 1, refocus: () => void) => {
    const to = props.index + delta;
    if (!editable()) return;
    if (to < 0 || to >= siblings().length) return;
    // Its new place must have a card to take the focus, on a big board still being built too.
    reveal.all();
    board.moveItem(props.id, to);
    refocus();
    announce(t.items.moved(to + 1, siblings().length));
  };

  const remove = () => {
    const nextFocus = siblings()[props.index + 1] ?? siblings()[props.index - 1];
    board.deleteItem(props.id);
    announce(t.items.sections[props.section].deleted);
    props.onDeleted(nextFocus);
  };

  const onKeyDown = (event: KeyboardEvent & { currentTarget: HTMLTextAreaElement }) => {
    // A caret jump ends the current undo step, as in any editor.
    if (isCaretMove(event) && editable()) board.setEditing(props.id);
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const { selectionStart: start, selectionEnd: end } = event.currentTarget;
      const id = props.id;
      move(event.key === 'ArrowUp' ? -1 : 1, () => focusItemText(id, { start, end }));
    }
  };

  // The section never changes for a card (a move to another section is a new card),
  // so its extras are chosen once, without a reactive branch.
  // eslint-disable-next-line solid/reactivity -- fixed for the card's life (see above)
  const section = props.section;
  const extras = isAgreementSection(section) ? (
    <ItemConsent item={item} />
  ) : section === 'celebration' ? (
    <CelebrationFor item={item} />
  ) : null;
  const editingNote = () => {
    const names = editors().map((editor) => editor.name);
    return names.length > 0 ? t.items.editing(formatList(names), names.length) : '';
  };
  const firstEditor = () => editors()[0];
  const backToMenu = () => document.getElementById(itemActionsId(props.id))?.focus();

  // What shows only sometimes is hidden rather than created and destroyed
  // (`<Show>`): a 1,000-item board opens with far fewer computations per item
  // (bench/openBoard.measure.ts).
  return (
    <li
      class="item"
      data-item-id={props.id}
      classList={{ edited: editors().length > 0 }}
      style={firstEditor() ? { '--editor': firstEditor()?.colour } : undefined}
    >
      <div class="item-row">
        <span
          class="drag-handle"
          draggable="true"
          title={t.items.dragHint(altChord(t.items.keyUp), altChord(t.items.keyDown))}
          aria-hidden="true"
        >
          ⠿
        </span>
        <ItemText
          itemId={props.id}
          label={copy().itemLabel}
          placeholder={copy().placeholder}
          value={item().text}
          revision={state.revision(props.id)}
          readOnly={!editable()}
          bind={(box) => board.textInput(props.id, box)}
          onUndo={() => board.undo()}
          onRedo={() => board.redo()}
          onKeyDown={onKeyDown}
          // Reading is not editing: an observer's cursor is not shown to the others.
          onFocus={() => editable() && board.setEditing(props.id)}
          onCaretJump={() => editable() && board.setEditing(props.id)}
          onBlur={() => board.setEditing(null)}
          describedBy={nudge() ? nudgeId() : undefined}
        />
        <ItemActions
          itemId={props.id}
          section={section}
          first={props.index === 0}
          last={props.index === siblings().length - 1}
          onMove={(delta) => move(delta, backToMenu)}
          onChoose={setChoosing}
          onDelete={remove}
        />
      </div>
      <p id={nudgeId()} class="nudge" hidden={!nudge()}>
        {t.practice.iStatementNudge}
      </p>
      <p class="editing-note" hidden={editors().length === 0} textContent={editingNote()} />
      {extras}
      {choosing() && (
        <ItemChoicePanel
          choice={choosing()!}
          item={item}
          onClose={() => {
            setChoosing(null);
            backToMenu();
          }}
        />
      )}
    </li>
  );
}
