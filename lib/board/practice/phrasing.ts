import { soundsLikeAccusationEn } from '@/lib/board/practice/phrasingEn';
import { soundsLikeAccusationEs } from '@/lib/board/practice/phrasingEs';

/**
 * A gentle check on how a boundary or expectation is worded. Agreements
 * land better as "I" statements ("I feel… when…", "I need…") than as
 * accusations ("You always…", "You never…"). This only ever suggests; it
 * never blocks or rewrites anything.
 *
 * Rules are written per language, for the language the panel speaks
 * (`locale`: "en", "es", "es-MX"; the pseudo-locale "en-XA" is English
 * underneath). In a language without rules the nudge stays off: in a hard
 * moment, no suggestion is better than a wrong one.
 */
export function soundsLikeAccusation(text: string, locale: string): boolean {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  if (language === 'en') return soundsLikeAccusationEn(text);
  if (language === 'es') return soundsLikeAccusationEs(text);
  return false;
}
