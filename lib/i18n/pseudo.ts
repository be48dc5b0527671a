/**
 * The pseudo-locale `en-XA`: English with every letter accented and every
 * message about 40% longer (vowels doubled), in ⟦brackets⟧. Longer, accented
 * words show where text would overflow a 320 px panel in another language,
 * and a plain English word on screen was never put in the message files.
 * Values put into a message (names, titles, numbers) are left as they are.
 */
const ACCENTED: Record<string, string> = {
  a: 'á',
  c: 'ç',
  d: 'ð',
  e: 'é',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  n: 'ñ',
  o: 'ó',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  w: 'ŵ',
  y: 'ý',
  z: 'ž',
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']);
/** Marks a value inside a message, so it is not accented. Private-use characters, never typed by anyone. */
export const VALUE_START = '\uE000';
export const VALUE_END = '\uE001';

export function pseudoText(text: string): string {
  let out = '';
  let inValue = 0;
  for (const char of text) {
    if (char === VALUE_START) inValue++;
    else if (char === VALUE_END) inValue--;
    else if (inValue > 0) out += char;
    else {
      const lower = char.toLowerCase();
      const accented = ACCENTED[lower] ?? char;
      const shown = char === lower ? accented : accented.toUpperCase();
      out += VOWELS.has(char) ? shown + shown : shown;
    }
  }
  return `⟦${out}⟧`;
}

/**
 * A whole catalog in the pseudo-locale: strings accented, functions accent
 * what they return but not the values given them; objects and lists alike.
 */
export function pseudoCatalog<T>(catalog: T): T {
  return pseudoValue(catalog) as T;
}

function pseudoValue(value: unknown): unknown {
  if (typeof value === 'string') return pseudoText(value);
  if (typeof value === 'function') {
    return (...args: unknown[]) => pseudoValue((value as (...a: unknown[]) => unknown)(...args.map(markValue)));
  }
  if (Array.isArray(value)) return value.map(pseudoValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, pseudoValue(inner)]));
  }
  return value;
}

const markValue = (value: unknown) => (typeof value === 'string' ? VALUE_START + value + VALUE_END : value);
