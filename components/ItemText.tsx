import { createEffect, on } from 'solid-js';
import { movePosition } from '../lib/board/textDiff';
import { autosize } from './autosize';
import { itemTextId } from './focus';

/**
 * An item's text, edited in place. The textarea is not bound to `value`
 * reactively: when the text changes under the person (undo, or someone else
 * typing), the caret is carried through the change instead of jumping.
 */
export function ItemText(props: {
  itemId: string;
  label: string;
  placeholder: string;
  value: string;
  onInput: (value: string) => void;
  onKeyDown: (event: KeyboardEvent & { currentTarget: HTMLTextAreaElement }) => void;
  onFocus: () => void;
  onBlur: () => void;
  /** A click moved the caret. */
  onCaretJump: () => void;
  describedBy?: string;
  readOnly?: boolean;
}) {
  const fit = () => autosize(el);
  const el = (
    <textarea
      id={itemTextId(props.itemId)}
      class="item-text"
      rows={1}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      placeholder={props.placeholder}
      maxLength={4000}
      readOnly={props.readOnly}
      onInput={(event) => {
        props.onInput(event.currentTarget.value);
        fit();
      }}
      onKeyDown={(event) => props.onKeyDown(event)}
      // focusin/focusout are delegated by Solid: no listener per item.
      onFocusIn={() => props.onFocus()}
      onMouseDown={() => props.onCaretJump()}
      onFocusOut={() => props.onBlur()}
    />
  ) as HTMLTextAreaElement;
  // Set once here (a component body runs untracked), then kept in step below.
  // eslint-disable-next-line solid/reactivity -- the first value; the effect below follows changes
  el.value = props.value;
  fit();
  createEffect(
    on(
      () => props.value,
      (value) => {
        if (el.value === value) return;
        const before = el.value;
        const focused = document.activeElement === el;
        const { selectionStart, selectionEnd } = el;
        el.value = value;
        if (focused) {
          el.setSelectionRange(movePosition(selectionStart, before, value), movePosition(selectionEnd, before, value));
        }
        fit();
      },
      { defer: true },
    ),
  );
  return el;
}
