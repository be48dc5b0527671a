import type { TextBox, TextInput } from '@/lib/board/textInput/textBox';

/** The browser's own limit on what a person can type into a box (`maxLength`). */
export const MAX_LENGTH = 4000;

/**
 * A stand-in for an item's `<textarea>`: its value and selection behave as
 * Chromium's do (setting a different value moves the caret to the end; the
 * selection is clamped), and its editing methods act as the browser does on
 * a key, a paste, a cut, a drag or an IME, firing `beforeinput` and `input`
 * at the binding in the browser's order.
 */
export class SimBox implements TextBox {
  private text = '';
  private start = 0;
  private end = 0;
  private way: 'forward' | 'backward' | 'none' = 'none';
  /** Set between compositionstart and compositionend. */
  composition: { start: number; end: number; base: string } | null = null;

  constructor(private readonly input: () => TextInput) {}

  get value(): string {
    return this.text;
  }
  set value(next: string) {
    if (next === this.text) return;
    this.text = next;
    this.start = this.end = next.length;
    this.way = 'none';
  }
  get selectionStart(): number {
    return this.start;
  }
  get selectionEnd(): number {
    return this.end;
  }
  get selectionDirection(): 'forward' | 'backward' | 'none' {
    return this.way;
  }
  setSelectionRange(start: number, end: number, direction: 'forward' | 'backward' | 'none' = 'none'): void {
    this.end = Math.min(Math.max(end, 0), this.text.length);
    this.start = Math.min(Math.max(start, 0), this.end);
    this.way = direction;
  }

  /**
   * One edit as the browser makes it: `beforeinput`, the change to [from, to)
   * (inserted words cut to `maxLength`), the caret after it, `input`. Returns
   * what the browser did, or null when it did nothing (no events fire then).
   */
  edit(
    inputType: string,
    from: number,
    to: number,
    insert: string,
    options: { selectAfter?: 'inserted'; selectionAtBeforeInput?: [number, number] } = {},
  ): BrowserEdit | null {
    const room = MAX_LENGTH - (this.text.length - (to - from));
    const words = insert.slice(0, Math.max(0, room));
    if (to === from && words === '') return null;
    if (options.selectionAtBeforeInput) this.setSelectionRange(...options.selectionAtBeforeInput);
    const selection: [number, number] = [this.start, this.end];
    this.input().beforeInput({ inputType });
    const before = this.text;
    this.text = before.slice(0, from) + words + before.slice(to);
    const caret = from + words.length;
    if (options.selectAfter === 'inserted') this.setSelectionRange(from, caret, 'forward');
    else this.setSelectionRange(caret, caret);
    // Where the change is not at the selection it began with, the binding can only find it by diffing.
    const exact =
      inputType === 'insertReplacementText' || inputType === 'insertFromDrop' ? selection[0] === from && selection[1] === to : true;
    const edit: BrowserEdit = { before, from, to, insert: words, value: this.text, start: this.start, end: this.end, selection, exact };
    this.input().input({ inputType });
    return edit;
  }

  /** Typing, Enter or a paste at the selection. */
  insert(inputType: 'insertText' | 'insertLineBreak' | 'insertFromPaste', words: string): BrowserEdit | null {
    return this.edit(inputType, this.start, this.end, words);
  }

  /** Backspace, Delete and their word forms: the selection, or what the key reaches from the caret. */
  deleteKey(kind: 'Backspace' | 'Delete' | 'WordBackward' | 'WordForward'): BrowserEdit | null {
    const inputType = {
      Backspace: 'deleteContentBackward',
      Delete: 'deleteContentForward',
      WordBackward: 'deleteWordBackward',
      WordForward: 'deleteWordForward',
    }[kind];
    if (this.start !== this.end) return this.edit(inputType, this.start, this.end, '');
    const at = this.start;
    const text = this.text;
    let from = at;
    let to = at;
    if (kind === 'Backspace') from = Math.max(0, at - 1);
    else if (kind === 'Delete') to = Math.min(text.length, at + 1);
    else if (kind === 'WordBackward') {
      while (from > 0 && /\s/.test(text[from - 1]!)) from--;
      while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
    } else {
      while (to < text.length && /\s/.test(text[to]!)) to++;
      while (to < text.length && !/\s/.test(text[to]!)) to++;
    }
    return this.edit(inputType, from, to, '');
  }

  cut(): BrowserEdit | null {
    return this.start === this.end ? null : this.edit('deleteByCut', this.start, this.end, '');
  }

  /**
   * Drags the selection to `drop` (a position in the text as it is before the
   * drag): deleteByDrag, then insertFromDrop with the dropped words selected.
   * Where the selection is when insertFromDrop begins varies by browser;
   * `dropSelected` picks the drop point itself or the place the words left.
   */
  drag(drop: number, dropSelected: boolean): [BrowserEdit, BrowserEdit | null] | null {
    const { start, end } = this;
    if (start === end || (drop >= start && drop <= end)) return null;
    const words = this.text.slice(start, end);
    const removed = this.edit('deleteByDrag', start, end, '');
    if (!removed) return null;
    const at = drop > end ? drop - (end - start) : drop;
    const here: [number, number] = dropSelected ? [at, at] : [start, start];
    return [removed, this.edit('insertFromDrop', at, at, words, { selectAfter: 'inserted', selectionAtBeforeInput: here })];
  }

  /** A spelling correction of [from, to) while the caret is elsewhere (insertReplacementText). */
  replaceWord(from: number, to: number, words: string): BrowserEdit | null {
    return this.edit('insertReplacementText', from, to, words, { selectionAtBeforeInput: [this.start, this.start] });
  }

  compositionStart(): void {
    this.composition = { start: this.start, end: this.end, base: this.text };
    this.input().compositionStart();
  }

  /** The IME shows `words` in place of what was selected when it began. */
  compositionUpdate(words: string): void {
    const composition = this.composition!;
    this.input().beforeInput({ inputType: 'insertCompositionText', isComposing: true });
    const { base, start, end } = composition;
    this.text = base.slice(0, start) + words + base.slice(end);
    this.start = this.end = start + words.length;
    this.input().input({ inputType: 'insertCompositionText', isComposing: true });
  }

  /** Commits the composition (its last update is what stays). Returns it as one edit of what was there before. */
  compositionEnd(): BrowserEdit {
    const { base, start, end } = this.composition!;
    const insert = this.text.slice(start, this.text.length - (base.length - end));
    const edit: BrowserEdit = {
      before: base,
      from: start,
      to: end,
      insert,
      value: this.text,
      start: this.start,
      end: this.end,
      selection: [start, end],
      exact: true,
    };
    this.composition = null;
    this.input().compositionEnd();
    return edit;
  }
}

/** What the browser did to the box: [from, to) of `before` became `insert`; the box then read `value`. */
export interface BrowserEdit {
  before: string;
  from: number;
  to: number;
  insert: string;
  value: string;
  /** The selection the browser left. */
  start: number;
  end: number;
  /** The selection when the input began (beforeinput). */
  selection: [number, number];
  /** Whether the change is at that selection (a key, a paste, a cut), or elsewhere (a spelling fix, some drops). */
  exact: boolean;
}
