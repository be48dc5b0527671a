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
  { value: '#2f7f8f', name: 'Teal' },
  { value: '#a04f8c', name: 'Plum' },
  { value: '#b5651d', name: 'Amber' },
  { value: '#4f6fb5', name: 'Blue' },
  { value: '#5f8f2f', name: 'Green' },
  { value: '#b0453f', name: 'Red' },
  { value: '#7a5fb5', name: 'Violet' },
  { value: '#8f7a2f', name: 'Olive' },
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
