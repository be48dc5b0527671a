import { digest } from 'lib0/hash/sha256';

/**
 * Four short, calm words from the two DTLS fingerprints of a direct
 * connection. Each side computes them from its own certificate and the one
 * it connected to; if someone in the middle swapped the pairing codes, the
 * two sides hold different fingerprints and see different words. Said
 * aloud on the call, they catch it. 4 words of 64 = 24 bits: a go-between
 * would have to make ~16 million certificates to match by chance, live.
 */
const WORDS = [
  'apple', 'river', 'candle', 'meadow', 'pebble', 'willow', 'harbor', 'lantern',
  'maple', 'garden', 'feather', 'cloud', 'honey', 'forest', 'violet', 'breeze',
  'copper', 'orchard', 'sparrow', 'island', 'mellow', 'juniper', 'amber', 'ocean',
  'clover', 'marble', 'sunrise', 'quilt', 'cedar', 'pillow', 'thistle', 'lagoon',
  'acorn', 'biscuit', 'cobalt', 'dolphin', 'ember', 'fern', 'ginger', 'hazel',
  'iris', 'jasmine', 'kettle', 'lemon', 'mango', 'nutmeg', 'olive', 'pepper',
  'rosemary', 'saffron', 'tulip', 'velvet', 'walnut', 'yarrow', 'zephyr', 'basil',
  'coral', 'daisy', 'falcon', 'glacier', 'heron', 'indigo', 'koala', 'lotus',
] as const;

export function confirmPhrase(a: Uint8Array, b: Uint8Array): string {
  // Sorted, so both sides get the same words whoever offered.
  const [first, second] = compare(a, b) <= 0 ? [a, b] : [b, a];
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  const hash = digest(joined);
  const bits = (hash[0]! << 16) | (hash[1]! << 8) | hash[2]!;
  return [18, 12, 6, 0].map((shift) => WORDS[(bits >> shift) & 63]).join(' ');
}

function compare(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
