/**
 * Base64 in both alphabets, one implementation: standard and padded for
 * bytes inside JSON files (backups, raw exports, y-webrtc's signaling), and
 * base64url without padding for codes people paste through chat (invites,
 * pairing codes, signatures). Decoding is strict and returns null for
 * anything else: these strings come from files, peers and pastes.
 */

/** Bytes as a binary string, in slices so a big board does not overflow the call stack. */
function toBinary(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return binary;
}

const fromBinary = (binary: string): Uint8Array<ArrayBuffer> => Uint8Array.from(binary, (char) => char.charCodeAt(0));

/** Standard, padded base64. */
export const toBase64 = (bytes: Uint8Array): string => btoa(toBinary(bytes));

/** Null for anything that is not standard, padded base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  return fromBinary(atob(text));
}

/** base64url without padding. */
export const toBase64Url = (bytes: Uint8Array): string => toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Null for anything that is not unpadded base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  return fromBinary(atob(text.replace(/-/g, '+').replace(/_/g, '/')));
}

export function randomBase64Url(byteCount: number): string {
  const bytes = new Uint8Array(byteCount);
  crypto.getRandomValues(bytes);
  return toBase64Url(bytes);
}
