/**
 * English: an accusation starts a sentence with "you" and an absolute or a
 * charge ("You always…", "You never…", "You make me…"), or lays blame
 * anywhere ("your fault", "you're so…").
 */
const ACCUSATION = /(^|[.!?]\s+)(you|u)\s+(always|never|keep|don't ever|constantly|make me|should)\b/i;
const ABSOLUTE_BLAME = /\b(your fault|because of you|you're (so|too|always|never))\b/i;

export function soundsLikeAccusationEn(text: string): boolean {
  const trimmed = text.trim();
  return ACCUSATION.test(trimmed) || ABSOLUTE_BLAME.test(trimmed);
}
