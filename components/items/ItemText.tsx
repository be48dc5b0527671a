import { createRenderEffect, onCleanup } from 'solid-js';
import { MAX_ITEM_TEXT_LENGTH } from '@/lib/board/format';
import type { TextBox, TextInput } from '@/lib/board/textInput/textBox';
import { autosize } from '@/components/common/autosize';
import { itemTextId } from '@/components/common/focus';

const CARET_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/** A key that moves the caret or the selection (select-all included), not one that edits. */
export const isCaretMove = (event: KeyboardEvent) =>
  CARET_KEYS.has(event.key) || ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'a');

/**
 * An item's text, edited in place. The textarea is not bound to `value`
 * reactively: the board handle's text input (lib/board/textInput) fills it
 * and turns each input into an edit of what the person saw, keeping the
 * caret on its characters while others type.
 */
export function ItemText(props: {
  itemId: string;
  label: string;
  placeholder: string;
  /** The item's words: when they change, the box is filled again. */
  value: string;
  /** Goes up with every change to the item (`BoardState.revision`): the box is filled again then too. */
  revision: number;
  /** Binds the box to the item's shared text (`BoardHandle.textInput`). */
  bind: (box: TextBox) => TextInput;
  onUndo: () => void;
  onRedo: () => void;
  onKeyDown: (event: KeyboardEvent & { currentTarget: HTMLTextAreaElement }) => void;
  onFocus: () => void;
  onBlur: () => void;
  /** A click moved the caret. */
  onCaretJump: () => void;
  describedBy?: string;
  readOnly?: boolean;
}) {
  const fit = () => autosize(el);
  // Bound to the shared words only once the person reaches for the box (a
  // press or focus): until then it just shows them, and a big board makes
  // no binding for the hundreds of items nobody touches.
  let input: TextInput | undefined;
  const bound = () => (input ??= props.bind(el));
  // Composition events are not delegated by Solid: they are listened to only
  // while the box has focus (an IME composes only there), not on every item.
  const onCompositionStart = () => bound().compositionStart();
  const onCompositionEnd = () => {
    bound().compositionEnd();
    fit();
  };
  const listenForComposition = (listen: boolean) => {
    const method = listen ? 'addEventListener' : 'removeEventListener';
    el[method]('compositionstart', onCompositionStart);
    el[method]('compositionend', onCompositionEnd);
  };
  // While a mouse button is down on the box it is not rewritten (a drag of
  // its words, or a selection being made, would end): released on the
  // button coming up anywhere, or a drag ending.
  const release = () => {
    window.removeEventListener('mouseup', release);
    window.removeEventListener('dragend', release);
    bound().release();
    fit();
  };
  // Fixed for the box's life: set once, with no effect to watch them.
  // eslint-disable-next-line solid/reactivity -- see above
  const { itemId, label, placeholder } = props;
  const el = (
    <textarea
      id={itemTextId(itemId)}
      class="item-text"
      rows={1}
      aria-label={label}
      aria-describedby={props.describedBy}
      placeholder={placeholder}
      maxLength={MAX_ITEM_TEXT_LENGTH}
      readOnly={props.readOnly}
      onBeforeInput={(event) => {
        // The browser's own undo knows nothing of the shared words (the
        // Edit menu and context menu send these; keys are handled by the board).
        if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
          event.preventDefault();
          if (event.inputType === 'historyUndo') props.onUndo();
          else props.onRedo();
          return;
        }
        bound().beforeInput(event);
      }}
      onInput={(event) => {
        bound().input(event);
        fit();
      }}
      onKeyDown={(event) => {
        if (isCaretMove(event)) bound().moving();
        props.onKeyDown(event);
      }}
      // focusin/focusout are delegated by Solid: no listener per item.
      onFocusIn={() => {
        bound().focus();
        listenForComposition(true);
        props.onFocus();
      }}
      onMouseDown={() => {
        bound().moving();
        bound().press();
        window.addEventListener('mouseup', release);
        window.addEventListener('dragend', release);
        props.onCaretJump();
      }}
      onFocusOut={() => {
        listenForComposition(false);
        input?.blur();
        props.onBlur();
      }}
    />
  ) as HTMLTextAreaElement;
  onCleanup(() => {
    listenForComposition(false);
    window.removeEventListener('mouseup', release);
    window.removeEventListener('dragend', release);
  });
  // The words, and again after every change to the item (its words, or only
  // which characters they are): one render effect per box, nothing queued.
  createRenderEffect<boolean>((first) => {
    const value = props.value;
    void props.revision;
    if (first || !input) el.value = value;
    else input.show();
    fit();
    return false;
  }, true);
  return el;
}
