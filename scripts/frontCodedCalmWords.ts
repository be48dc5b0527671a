import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

/**
 * The confirmation phrase's 2,048 words (lib/sync/direct/calmWords.ts: the
 * BIP-39 English list less the words that do not belong in a calm check,
 * plus words of our own) cost 8.0 KB gzipped as written there: the whole
 * BIP-39 list, then the two lists that change it. The build works the list
 * out instead, and ships it front-coded: the lists are sorted, so each word
 * shares its start with the one before ("abandon", "ability", "able"), and is
 * written as how many letters it keeps of the previous word and then its own
 * ("0abandon2ility2le…"): 4.5 KB gzipped. The chunk makes the array again
 * when it loads (well under a millisecond). Node (the unit tests) reads
 * calmWords.ts itself. The build stops unless the module written here,
 * imported in Node, holds exactly calmWords.ts's words in the same order.
 */

const CALM_WORDS = fileURLToPath(new URL('../lib/sync/direct/calmWords.ts', import.meta.url));

/** Each word as the length of the start it shares with the previous word (one digit), then the rest of it. */
export function encodeWords(words: readonly string[]): string {
  let previous = '';
  let out = '';
  for (const word of words) {
    if (!/^[a-z]+$/.test(word)) throw new Error(`frontCodedCalmWords: "${word}" is not lowercase ASCII letters only`);
    let shared = 0;
    while (shared < 9 && shared < word.length && word[shared] === previous[shared]) shared++;
    out += `${shared}${word.slice(shared)}`;
    previous = word;
  }
  return out;
}

/** The module that stands for calmWords.ts in the extension: its one export the panel reads. */
export function calmWordsModule(words: readonly string[]): string {
  return [
    '// lib/sync/direct/calmWords.ts as worked out when the extension was built (scripts/frontCodedCalmWords.ts):',
    '// each word is the previous word cut to the digit before it, then the letters after the digit.',
    'const decode = (code) => {',
    '  const words = [];',
    "  let previous = '';",
    '  for (const [, shared, rest] of code.matchAll(/(\\d)([a-z]*)/g)) words.push((previous = previous.slice(0, Number(shared)) + rest));',
    '  return words;',
    '};',
    `export const CALM_WORDS = /* @__PURE__ */ decode(${JSON.stringify(encodeWords(words))});`,
    '',
  ].join('\n');
}

const importText = async (code: string) => (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, unknown>;

/** CALM_WORDS as calmWords.ts makes it, run in Node. */
export async function calmWordsInNode(file = CALM_WORDS): Promise<readonly string[]> {
  const bundled = await build({ entryPoints: [file], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  return (await importText(bundled.outputFiles[0]!.text)).CALM_WORDS as readonly string[];
}

/** The words a module written by calmWordsModule holds, run in Node. */
export const wordsOfModule = async (code: string) => (await importText(code)).CALM_WORDS as readonly string[];

export function frontCodedCalmWords(): Plugin {
  return {
    name: 'front-coded-calm-words',
    enforce: 'pre',
    async load(id) {
      if (id !== CALM_WORDS) return;
      const words = await calmWordsInNode();
      const code = calmWordsModule(words);
      const decoded = await wordsOfModule(code);
      if (words.length !== 2048 || decoded.length !== words.length || decoded.some((word, index) => word !== words[index])) {
        throw new Error(`frontCodedCalmWords: the module written for ${id} does not hold calmWords.ts's 2,048 words`);
      }
      return { code, map: null };
    },
  };
}
