import { createComputed, createSignal, onCleanup, untrack, type Accessor } from 'solid-js';

export interface Reveal {
  /** How many items of each section have their whole card built now; the rest show their words only. */
  limit: Accessor<number>;
  /** Whether the items past `limit` are on the page yet (as their words), after the first screen. */
  rest: Accessor<boolean>;
  /** Every card built at once: before focusing an item that may not have its card yet. */
  all(): void;
}

// A tall panel shows at most about eight cards: more would only delay the first screen.
const FIRST = 8;
const STEP = 150;

/**
 * Renders a big board in steps, so what a person sees comes first and typing
 * is never blocked for long:
 * 1. the first screen: the first items of every section, with their cards;
 * 2. a task later, every other item, as its words only (a light row: as
 *    cheap as a plain list item), so the whole board can be read and scrolled;
 * 3. then their cards, a step after each task, until every item has one.
 * `onShown` runs once every item is on the page (2), `onBuilt` once every
 * item has its card (3). Items arriving later in bulk (a join's first sync)
 * take the same path from 3.
 */
export function createReveal(longestSection: Accessor<number>, events: { onShown: () => void; onBuilt: () => void }): Reveal {
  const [limit, setLimit] = createSignal(FIRST);
  const [rest, setRest] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let built = false;
  const step = () => {
    timer = undefined;
    if (!rest()) {
      setRest(true);
      events.onShown();
    } else if (limit() < longestSection()) {
      setLimit(limit() + STEP);
    }
    if (limit() < longestSection()) {
      // A macrotask, so the browser paints and handles input between steps.
      timer = setTimeout(step, 0);
    } else if (!built) {
      built = true;
      events.onBuilt();
    }
  };
  timer = setTimeout(step, 0);
  // Items arriving in bulk once the steps are over (a join's first sync): the same steps again.
  createComputed(() => {
    if (longestSection() > limit() && untrack(rest) && timer === undefined) timer = setTimeout(step, 0);
  });
  onCleanup(() => clearTimeout(timer));
  return {
    limit,
    rest,
    all: () => {
      clearTimeout(timer);
      timer = undefined;
      setRest(true);
      setLimit(Infinity);
    },
  };
}
