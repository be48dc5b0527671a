import { t, type Messages } from '@/lib/i18n/messages';

/** A palette colour with its name, read in the panel's language when shown (t is filled after this module loads). */
const named = (value: string, key: keyof Messages['model']['colours']) => ({
  value,
  get name(): string {
    return t.model.colours[key];
  },
});

/**
 * The palette of people's colours. Each reads at 3:1 or more against the
 * page background the chart and the people list sit on, in the light and
 * the dark theme (tests/unit/board/people/colours.test.ts reads the themes'
 * `--bg` from components/styles.css), and has a name for screen readers.
 *
 * A colour here is only what a person would like: two people may like the
 * same one, so what a board shows is decided by `assignLooks` (looks.ts).
 * The values are stored in boards and device settings: changing one would
 * turn a stored choice into an unknown colour, so add, never edit.
 */
export const PERSON_COLOURS = [
  named('#2f7f8f', 'teal'),
  named('#a04f8c', 'plum'),
  named('#b5651d', 'amber'),
  named('#4f6fb5', 'blue'),
  named('#5f8f2f', 'green'),
  named('#b0453f', 'red'),
  named('#7a5fb5', 'violet'),
  named('#8f7a2f', 'olive'),
] as const;

export const isPersonColour = (value: unknown): value is string => PERSON_COLOURS.some((colour) => colour.value === value);

/** Where a colour sits in the palette, or -1. */
export const colourIndex = (value: unknown) => PERSON_COLOURS.findIndex((colour) => colour.value === value);

/**
 * The palette slot a person's id points at: their colour when they have not
 * chosen one and no one before them on the board has it. Every device
 * computes the same slot from the id alone.
 */
export function preferredSlot(personId: string): number {
  let hash = 0;
  for (let i = 0; i < personId.length; i++) hash = (Math.imul(hash, 31) + personId.charCodeAt(i)) >>> 0;
  return hash % PERSON_COLOURS.length;
}

/** The colour a person's id points at (what Settings shows until they choose). */
export const preferredColour = (personId: string): string => PERSON_COLOURS[preferredSlot(personId)]!.value;
