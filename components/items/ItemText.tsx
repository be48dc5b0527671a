import { createEffect, on, onCleanup } from 'solid-js';
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
  // Composition events are not delegated by Solid: they are listened to only
  // while the box has focus (an IME composes only there), not on every item.
  const onCompositionStart = () => input.compositionStart();
  const onCompositionEnd = () => {
    input.compositionEnd();
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
    input.release();
    fit();
  };
  const el = (
    <textarea
      id={itemTextId(props.itemId)}
      class="item-text"
      rows={1}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      placeholder={props.placeholder}
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
        input.beforeInput(event);
      }}
      onInput={(event) => {
        input.input(event);
        fit();
      }}
      onKeyDown={(event) => {
        if (isCaretMove(event)) input.moving();
        props.onKeyDown(event);
      }}
      // focusin/focusout are delegated by Solid: no listener per item.
      onFocusIn={() => {
        input.focus();
        listenForComposition(true);
        props.onFocus();
      }}
      onMouseDown={() => {
        input.moving();
        input.press();
        window.addEventListener('mouseup', release);
        window.addEventListener('dragend', release);
        props.onCaretJump();
      }}
      onFocusOut={() => {
        listenForComposition(false);
        input.blur();
        props.onBlur();
      }}
    />
  ) as HTMLTextAreaElement;
  // Bound once here (a component body runs untracked): the item never changes for this box.
  // eslint-disable-next-line solid/reactivity -- the binding is for this box's life
  const input = props.bind(el);
  // The first words as they are (the binding takes over from the first change or focus).
  // eslint-disable-next-line solid/reactivity -- the first value; the effect below follows changes
  el.value = props.value;
  fit();
  onCleanup(() => {
    listenForComposition(false);
    window.removeEventListener('mouseup', release);
    window.removeEventListener('dragend', release);
  });
  createEffect(
    on(
      [() => props.value, () => props.revision],
      () => {
        input.show();
        fit();
      },
      { defer: true },
    ),
  );
  return el;
}
