import { wordlist } from '@scure/bip39/wordlists/english.js';
import { describe, expect, it } from 'vitest';
import { CALM_WORDS, avoidedWords, supplementWords } from '@/lib/sync/direct/calmWords';
import { PHRASE_WORDS, confirmPhrase } from '@/lib/sync/direct/confirmPhrase';
import { seeded } from '@/tests/support/random';

const fingerprint = (random: ReturnType<typeof seeded>) => Uint8Array.from({ length: 32 }, () => random.int(256));

describe('confirmation words', () => {
  it('give both sides the same words whoever offered, and different words for a different certificate', () => {
    const a = new Uint8Array(32).fill(1);
    const b = new Uint8Array(32).fill(2);
    const phrase = confirmPhrase(a, b);
    expect(confirmPhrase(b, a)).toBe(phrase);
    expect(confirmPhrase(a, new Uint8Array(32).fill(3))).not.toBe(phrase);
  });

  it('carry at least 44 bits: four calm words of a list of 2,048 (docs/ui-contract.md promises four)', () => {
    const words = confirmPhrase(new Uint8Array(32).fill(1), new Uint8Array(32).fill(2)).split(' ');
    expect(PHRASE_WORDS).toBe(4);
    expect(words).toHaveLength(4);
    for (const word of words) expect(CALM_WORDS).toContain(word);
    expect(words.length * Math.log2(CALM_WORDS.length)).toBeGreaterThanOrEqual(44);
  });

  it('stay the same from one version to the next (a changed list would make honest people see different words)', () => {
    // Pinned: the list's length and one phrase. Changing either is a protocol change.
    // (mitten twice is chance: each word is its own 11 bits of the hash.)
    expect(CALM_WORDS).toHaveLength(2048);
    expect(confirmPhrase(new Uint8Array(32).fill(1), new Uint8Array(32).fill(2))).toMatchInlineSnapshot(`"plum swamp mitten mitten"`);
  });

  it('are 2,048 distinct calm words, short and plain, each fixed by its first four letters', () => {
    expect(CALM_WORDS).toHaveLength(2 ** 11);
    expect(new Set(CALM_WORDS).size).toBe(CALM_WORDS.length);
    expect(CALM_WORDS.filter((word) => !/^[a-z]{3,8}$/.test(word))).toEqual([]);
    expect(CALM_WORDS.filter((word) => avoidedWords().includes(word))).toEqual([]);
    // As in BIP-39 itself: the first four letters name one word, so a misspelt ending still finds it.
    expect(new Set(CALM_WORDS.map((word) => word.slice(0, 4))).size).toBe(CALM_WORDS.length);
  });

  it('leave out only words of the BIP-39 list, add only words that are not in it, and no left-out word reaches a phrase', () => {
    const avoided = avoidedWords();
    const added = supplementWords();
    expect(avoided.filter((word) => !wordlist.includes(word))).toEqual([]);
    expect(added.filter((word) => wordlist.includes(word))).toEqual([]);
    expect(CALM_WORDS.length).toBe(wordlist.length - avoided.length + added.length);
    expect(CALM_WORDS.filter((word) => avoided.includes(word))).toEqual([]);
  });

  it('do not repeat by chance: 20,000 random certificate pairs give 20,000 different phrases', () => {
    // With 24 bits (the old four words of 64) a repeat among 20,000 pairs is all
    // but certain (~12 expected); with 44 bits the chance is ~10^-5.
    const random = seeded(13);
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(confirmPhrase(fingerprint(random), fingerprint(random)));
    expect(seen.size).toBe(20_000);
  });

  it('use every word of the list about equally often', () => {
    const random = seeded(44);
    const counts = new Map<string, number>();
    const phrases = 20_000;
    for (let i = 0; i < phrases; i++) {
      for (const word of confirmPhrase(fingerprint(random), fingerprint(random)).split(' ')) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    // 80,000 draws over 2,048 words: ~39 each; a skew toward part of the list
    // (say, bits read twice or never) would leave words unused or doubled.
    expect(counts.size).toBe(CALM_WORDS.length);
    expect(Math.max(...counts.values())).toBeLessThan(80);
    expect(Math.min(...counts.values())).toBeGreaterThan(10);
  });
});
