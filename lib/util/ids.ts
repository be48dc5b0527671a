/** Bytes as lowercase hex, two digits each. */
export const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** The bytes of a hex string made by `toHex` (callers check its form first). */
export const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));

/** `byteCount` random bytes as hex. */
export function randomHex(byteCount: number): string {
  const bytes = new Uint8Array(byteCount);
  crypto.getRandomValues(bytes);
  return toHex(bytes);
}

/** A random id with 128 bits of entropy, URL-safe. */
export const randomId = () => randomHex(16);
