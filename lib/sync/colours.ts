/**
 * Each person's colour on a board, from their id, so every device agrees
 * without asking. Chosen to read on both the light and the dark theme.
 */
export const PERSON_COLOURS = ['#2f7f8f', '#a04f8c', '#b5651d', '#4f6fb5', '#5f8f2f', '#b0453f', '#7a5fb5', '#8f7a2f'];

export function colourFor(personId: string): string {
  let hash = 0;
  for (let i = 0; i < personId.length; i++) hash = (Math.imul(hash, 31) + personId.charCodeAt(i)) >>> 0;
  return PERSON_COLOURS[hash % PERSON_COLOURS.length]!;
}
