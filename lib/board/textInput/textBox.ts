/**
 * The contract between an item's text box (components/items/ItemText.tsx) and
 * the binding that edits the shared words for it (makeTextInput.ts).
 */

/** The part of a `<textarea>` the binding reads and writes (a real one, or a test's stand-in). */
export interface TextBox {
  value: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
  readonly selectionDirection: 'forward' | 'backward' | 'none' | null;
  setSelectionRange(start: number, end: number, direction?: 'forward' | 'backward' | 'none'): void;
}

/** What the binding needs of an `InputEvent` (`beforeinput` or `input`). */
export interface InputFacts {
  inputType: string;
  isComposing?: boolean;
}

/**
 * One item's text box bound to the shared text. The component forwards its
 * events here and calls `show` after every change to the item (its words,
 * or only which characters they are: `BoardState.revision`).
 */
export interface TextInput {
  /** Puts the document's words in the box (unless an IME is composing), keeping the caret and selection on their characters. Cheap when nothing changed. */
  show(): void;
  /** The box got focus: from now on its caret is carried through changes. */
  focus(): void;
  /**
   * The person is moving the caret or selecting (a mouse press, an arrow
   * key, select-all): the next selection is a new one, even at the same
   * place as the last (no selection events needed).
   */
  moving(): void;
  /**
   * A mouse button is down on the box (`release` when it comes up, or a drag
   * of its words ends): the box is not filled meanwhile, since rewriting it
   * under the pointer ends a drag or a selection being made before it starts.
   */
  press(): void;
  release(): void;
  blur(): void;
  beforeInput(event: InputFacts): void;
  input(event: InputFacts): void;
  compositionStart(): void;
  compositionEnd(): void;
}
