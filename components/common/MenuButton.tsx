import { For, createRoot, onCleanup, type JSX } from 'solid-js';

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
 *
 * A board has one of these per item, so a closed one is only a button with
 * fixed attributes and delegated handlers: no signal, effect or `<Show>`.
 * The menu is made (in a root of its own) when it opens and disposed of
 * when it closes; `aria-expanded` is set by hand at those two moments.
 */
export function MenuButton(props: {
  /** The button's accessible name (fixed for its life). */
  label: string;
  /** What the button shows (the label when absent). */
  children?: JSX.Element;
  class?: string;
  id?: string;
  /** Read when the menu opens. */
  items: () => MenuEntry[];
}) {
  // Read once: fixed for the button's life, so no effect per item watches them.
  // eslint-disable-next-line solid/reactivity -- see above
  const { label, id, class: className } = props;
  // eslint-disable-next-line solid/reactivity -- the button's content, made once
  const content = props.children;
  let button!: HTMLButtonElement;
  let open: { menu: HTMLElement; dispose: () => void } | null = null;

  const entries = () => [...(open?.menu.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
  const focusAt = (index: number) => {
    const all = entries();
    if (all.length > 0) all[(index + all.length) % all.length]!.focus();
  };
  const close = (returnFocus: boolean) => {
    if (!open) return;
    const { menu, dispose } = open;
    open = null;
    dispose();
    menu.remove();
    button.setAttribute('aria-expanded', 'false');
    button.removeAttribute('aria-controls');
    if (returnFocus) button.focus();
  };
  const choose = (entry: MenuEntry) => {
    if (entry.disabled) return;
    close(true);
    entry.onSelect();
  };
  const show = (at: 'first' | 'last') => {
    if (!open) {
      const menuId = `menu-${++menus}`;
      open = createRoot((dispose) => ({ menu: makeMenu(menuId, label, props.items(), choose, onMenuKeyDown), dispose }));
      button.after(open.menu);
      button.setAttribute('aria-expanded', 'true');
      button.setAttribute('aria-controls', menuId);
    }
    focusAt(at === 'first' ? 0 : -1);
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
    if (!(to instanceof Node) || !(event.currentTarget as HTMLElement).contains(to)) close(false);
  };
  onCleanup(() => close(false));

  return (
    <span class="menu-wrap" onFocusOut={onFocusOut}>
      <button
        ref={button}
        type="button"
        id={id}
        class={className}
        aria-label={content ? label : undefined}
        aria-haspopup="menu"
        aria-expanded="false"
        onKeyDown={onButtonKeyDown}
        onClick={() => (open ? close(true) : show('first'))}
      >
        {content ?? label}
      </button>
    </span>
  );
}

/** The open menu: its entries as they were when it opened. */
function makeMenu(
  id: string,
  label: string,
  items: MenuEntry[],
  choose: (entry: MenuEntry) => void,
  onKeyDown: (event: KeyboardEvent) => void,
): HTMLElement {
  return (
    <div id={id} role="menu" class="menu" aria-label={label} onKeyDown={onKeyDown}>
      <For each={items}>
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
  ) as HTMLElement;
}
