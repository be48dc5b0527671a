/**
 * A gentle check on how a boundary or expectation is worded. Agreements
 * land better as "I" statements ("I feel… when…", "I need…") than as
 * accusations ("You always…", "You never…"). This only ever suggests; it
 * never blocks or rewrites anything.
 */
const ACCUSATION = /(^|[.!?]\s+)(you|u)\s+(always|never|keep|don't ever|constantly|make me|should)\b/i;
const ABSOLUTE_BLAME = /\b(your fault|because of you|you're (so|too|always|never))\b/i;

export function soundsLikeAccusation(text: string): boolean {
  const trimmed = text.trim();
  return ACCUSATION.test(trimmed) || ABSOLUTE_BLAME.test(trimmed);
}

export const I_STATEMENT_NUDGE =
  'This might land more gently as an “I” statement, for example “I feel … when …” or “I need …”. It is only a suggestion.';
