/**
 * People's colours on a board. Chosen to read on both the light and the dark
 * theme, each with a name for screen readers. A person may pick one in
 * Settings; until then it comes from their id, so every device agrees
 * without asking.
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

export function colourFor(personId: string): string {
  let hash = 0;
  for (let i = 0; i < personId.length; i++) hash = (Math.imul(hash, 31) + personId.charCodeAt(i)) >>> 0;
  return PERSON_COLOURS[hash % PERSON_COLOURS.length]!.value;
}
