import { createComputed, createSignal, onCleanup, untrack, type Accessor } from 'solid-js';

export interface Reveal {
  /** How many items of the section at this index (in SECTIONS' order) have their whole card built now; the rest show their words only. */
  cardsIn(sectionIndex: number): number;
  /** Whether the items past `limit` are on the page yet (as their words), after the first screen. */
  rest: Accessor<boolean>;
  /** Every card built at once: before focusing an item that may not have its card yet. */
  all(): void;
}

// A tall panel shows at most about eight cards, the first section's first:
// the first screen builds that many, in the board's order, and no more.
const FIRST = 8;
// Cards per section per task: four sections of 50 keep each task short enough not to hold up typing.
const STEP = 50;

/**
 * Renders a big board in steps, so what a person sees comes first and typing
 * is never blocked for long:
 * 1. the first screen: the board's first items, in order, with their cards;
 * 2. a task later, every other item, as its words only (a light row: as
 *    cheap as a plain list item), so the whole board can be read and scrolled;
 * 3. then their cards, a step after each task, until every item has one.
 * `onShown` runs once every item is on the page (2), `onBuilt` once every
 * item has its card (3). Items arriving later in bulk (a join's first sync)
 * take the same path from 3.
 */
export function createReveal(sizes: Accessor<number[]>, events: { onShown: () => void; onBuilt: () => void }): Reveal {
  const longestSection = () => Math.max(0, ...sizes());
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
    cardsIn(sectionIndex) {
      if (rest()) return limit();
      // The first screen: what is left of FIRST after the sections above.
      const above = sizes()
        .slice(0, sectionIndex)
        .reduce((sum, size) => sum + size, 0);
      return Math.max(0, FIRST - above);
    },
    rest,
    all: () => {
      clearTimeout(timer);
      timer = undefined;
      setRest(true);
      setLimit(Infinity);
    },
  };
}
