import { digest } from 'lib0/hash/sha256';
import { CALM_WORDS } from '@/lib/sync/direct/calmWords';

/** Four words of 2,048: 4 × 11 = 44 bits (docs/pairing.md). Four, as docs/ui-contract.md promises. */
export const PHRASE_WORDS = 4;

/** CALM_WORDS has exactly 2^11 words, so each word is 11 bits of the hash, with no bias. */
const BITS_PER_WORD = 11;

/**
 * Four short, calm words from the two DTLS fingerprints of a direct
 * connection. Each side computes them from its own certificate and the one
 * it connected to; if someone in the middle swapped the pairing codes, the
 * two sides hold different fingerprints and see different words. Said
 * aloud on the call, they catch it.
 *
 * Why four words of a large list: with four words of 64 (24 bits) a
 * go-between found matching words in seconds (issue 13). It sees the
 * replying side's fingerprint only after committing to its own, so it must
 * grind certificates against one fixed target: 2^44 ≈ 1.8 × 10^13 tries on
 * average, ~2.3 years at the measured 240,000 tries a second, against a
 * code that lives 15 minutes.
 */
export function confirmPhrase(a: Uint8Array, b: Uint8Array): string {
  // Sorted, so both sides get the same words whoever offered.
  const [first, second] = compare(a, b) <= 0 ? [a, b] : [b, a];
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  const hash = digest(joined);
  // The hash's first 44 bits, most significant first, 11 to a word.
  const words: string[] = [];
  for (let word = 0; word < PHRASE_WORDS; word++) {
    let index = 0;
    for (let bit = word * BITS_PER_WORD; bit < (word + 1) * BITS_PER_WORD; bit++) {
      index = (index << 1) | ((hash[bit >> 3]! >> (7 - (bit & 7))) & 1);
    }
    words.push(CALM_WORDS[index]!);
  }
  return words.join(' ');
}

function compare(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
