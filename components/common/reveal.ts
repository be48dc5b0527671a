import { createSignal, onCleanup, type Accessor } from 'solid-js';

export interface Reveal {
  /** How many items of each section are on screen now. */
  limit: Accessor<number>;
  /** Everything at once: before focusing an item that may not be rendered yet. */
  all(): void;
}

const FIRST = 30;
const STEP = 150;

/**
 * Renders a big board in steps: the first items of every section at once
 * (a screenful and more), then more after each frame until all are there.
 * A 1,000-item board showed nothing for ~300 ms of rendering; now the first
 * screen comes in a fraction of that and the rest follows without blocking
 * typing for long. `onComplete` runs once every item is rendered.
 */
export function createReveal(longestSection: Accessor<number>, onComplete: () => void): Reveal {
  const [limit, setLimit] = createSignal(FIRST);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let complete = false;
  const finish = () => {
    if (complete) return;
    complete = true;
    setLimit(Infinity);
    onComplete();
  };
  const grow = () => {
    timer = undefined;
    if (complete) return;
    if (limit() >= longestSection()) return finish();
    setLimit(limit() + STEP);
    // A macrotask, so the browser paints and handles input between steps.
    timer = setTimeout(grow, 0);
  };
  timer = setTimeout(grow, 0);
  onCleanup(() => clearTimeout(timer));
  return {
    limit,
    all: () => {
      clearTimeout(timer);
      finish();
    },
  };
}
