import { For, Show, createSignal, onCleanup, type JSX } from 'solid-js';

export interface MenuEntry {
  label: string;
  onSelect: () => void;
  /** Shown, focusable and announced as unavailable, as the WAI-ARIA pattern suggests, but does nothing. */
  disabled?: boolean;
  /** A choice of one (`menuitemradio`): true for the chosen one. */
  checked?: boolean;
  keyshortcuts?: string;
  /** A symbol before the label, not read out. */
  icon?: string;
}

let menus = 0;

/**
 * A button that opens a menu, after the WAI-ARIA menu button pattern: Enter,
 * Space or ↓ open it on the first item, ↑ on the last; ↑ ↓ Home End and a
 * first letter move within it; Escape closes it and focus returns to the
 * button, as it does after a choice (unless the choice moves focus itself).
 * The menu is built only while open: a board has one of these per item, and
 * the items of a closed menu are work nobody sees.
 */
export function MenuButton(props: {
  /** The button's accessible name. */
  label: string;
  /** What the button shows (the label when absent). */
  children?: JSX.Element;
  class?: string;
  id?: string;
  /** Read when the menu opens. */
  items: () => MenuEntry[];
}) {
  const menuId = `menu-${++menus}`;
  const [open, setOpen] = createSignal(false);
  let button!: HTMLButtonElement;
  let menu: HTMLDivElement | undefined;

  const entries = () => [...(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  const focusAt = (index: number) => {
    const all = entries();
    if (all.length === 0) return;
    all[(index + all.length) % all.length]!.focus();
  };
  const show = (at: 'first' | 'last') => {
    setOpen(true);
    focusAt(at === 'first' ? 0 : -1);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.focus();
  };
  const choose = (entry: MenuEntry) => {
    if (entry.disabled) return;
    close(true);
    entry.onSelect();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onMenuKeyDown = (event: KeyboardEvent) => {
    const all = entries();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
    if (event.key in moves) {
      event.preventDefault();
      focusAt(moves[event.key]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      // The board's own Escape handling (a dialog, a panel) is not for this press.
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') {
      // Typing a letter goes to the next item starting with it.
      const letter = event.key.toLowerCase();
      const order = [...all.slice(at + 1), ...all.slice(0, at + 1)];
      order.find((el) => el.textContent?.trim().toLowerCase().startsWith(letter))?.focus();
    }
  };
  // Focus leaving the menu and its button (a click elsewhere, or Tab) closes it.
  const onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget;
    if (!(to instanceof Node) || !(event.currentTarget as HTMLElement).contains(to)) setOpen(false);
  };
  onCleanup(() => setOpen(false));

  return (
    <span class="menu-wrap" onFocusOut={onFocusOut}>
      <button
        ref={button}
        type="button"
        id={props.id}
        class={props.class}
        aria-label={props.children ? props.label : undefined}
        aria-haspopup="menu"
        aria-expanded={open()}
        aria-controls={open() ? menuId : undefined}
        onKeyDown={onButtonKeyDown}
        onClick={() => (open() ? close(true) : show('first'))}
      >
        {props.children ?? props.label}
      </button>
      <Show when={open()}>
        <div ref={menu} id={menuId} role="menu" class="menu" aria-label={props.label} onKeyDown={onMenuKeyDown}>
          <For each={props.items()}>
            {(entry) => (
              <button
                type="button"
                role={entry.checked === undefined ? 'menuitem' : 'menuitemradio'}
                aria-checked={entry.checked}
                aria-disabled={entry.disabled || undefined}
                aria-keyshortcuts={entry.keyshortcuts}
                tabIndex={-1}
                onClick={() => choose(entry)}
              >
                {entry.icon && <span aria-hidden="true">{entry.icon} </span>}
                {entry.label}
              </button>
            )}
          </For>
        </div>
      </Show>
    </span>
  );
}
