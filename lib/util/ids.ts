/** Bytes as lowercase hex, two digits each. */
export const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** `byteCount` random bytes as hex. */
export function randomHex(byteCount: number): string {
  const bytes = new Uint8Array(byteCount);
  crypto.getRandomValues(bytes);
  return toHex(bytes);
}

/** A random id with 128 bits of entropy, URL-safe. */
export const randomId = () => randomHex(16);
