import { focusItemText } from '@/components/common/focus';
import { useBoard } from '@/components/board/boardContext';

/**
 * An item whose card is not built yet on a big board (reveal.ts): its words
 * only, as cheap as a plain list item, in the card's place and shape. Its
 * card replaces it within moments; a click builds every card at once and
 * puts the caret in this one.
 */
export function ItemWords(props: { id: string }) {
  const { state, reveal } = useBoard();
  // eslint-disable-next-line solid/reactivity -- a row is for one item
  const id = props.id;
  return (
    <li
      class="item words-only"
      data-item-id={id}
      onClick={() => {
        reveal.all();
        focusItemText(id);
      }}
    >
      <p class="item-words">{state.item(id)?.text}</p>
    </li>
  );
}
