import * as decoding from 'lib0/decoding';

/**
 * Reading untrusted lib0-encoded bytes with every claim bounded: a count is
 * looped over only if the bytes left could hold it, the end is checked
 * where lib0 does not, and nested values stop at a depth. Failures throw
 * `Refused`, which only updateCheck.ts's walk catches and turns into a
 * value; nothing here allocates more than the bytes it was given.
 */

/** Thrown inside the walk only; `inspectUpdate` turns it into a value. */
export class Refused extends Error {}

export function refuse(reason: string): never {
  throw new Refused(reason);
}

/**
 * lib0's `readAny` recurses once per nesting level and Yjs applies the
 * value with more recursion; 2 bytes per level would otherwise let one
 * message ask for millions of frames. Board values nest a few levels.
 */
const MAX_ANY_DEPTH = 100;

export const bytesLeft = (d: decoding.Decoder): number => d.arr.length - d.pos;

/** lib0's readUint8 does not check the end (it returns undefined), so this does. */
export function byte(d: decoding.Decoder): number {
  if (bytesLeft(d) < 1) refuse('update is cut off');
  return decoding.readUint8(d);
}

/** lib0 can return an imprecise number for a 9th-byte overflow; refuse those. */
export function uint(d: decoding.Decoder): number {
  const n = decoding.readVarUint(d);
  if (n >= Number.MAX_SAFE_INTEGER) refuse('number out of range');
  return n;
}

/** A claimed count is looped over only if the bytes left could hold it and it is under its cap. */
export function count(d: decoding.Decoder, claimed: number, minBytesEach: number, cap: number, what: string): number {
  if (claimed * minBytesEach > bytesLeft(d)) refuse(`${what} count exceeds the bytes left`);
  if (claimed > cap) refuse(`too many ${what}`);
  return claimed;
}

/** lib0 0.2.120's readVarString checks the length against the bytes left before decoding. */
export const string = (d: decoding.Decoder): string => decoding.readVarString(d);

/** Yjs runs JSON.parse on these and would throw mid-update. V8's JSON.parse is not recursive. */
export function json(text: string): void {
  try {
    JSON.parse(text);
  } catch {
    refuse('content is not JSON');
  }
}

/**
 * Checks a string without making one: map keys and names are many and
 * never needed here (decoding each was most of a 1 MB flood's cost). ASCII
 * is valid UTF-8 as it stands; anything else is decoded as usual, so text
 * Yjs could not decode is still refused here.
 */
export function skipString(d: decoding.Decoder): void {
  const start = d.pos;
  const length = uint(d);
  if (bytesLeft(d) < length) refuse('update is cut off');
  const { arr, pos } = d;
  for (let i = pos; i < pos + length; i++) {
    if (arr[i]! >= 0x80) {
      d.pos = start;
      decoding.readVarString(d);
      return;
    }
  }
  d.pos = pos + length;
}

export function skipBytes(d: decoding.Decoder, n: number): void {
  if (bytesLeft(d) < n) refuse('update is cut off');
  d.pos += n;
}

/** Skips one lib0 `writeAny` value (lib0/decoding.js readAnyLookupTable). */
export function skipAny(d: decoding.Decoder, depth: number): void {
  if (depth > MAX_ANY_DEPTH) refuse('value nested too deeply');
  const tag = byte(d);
  switch (tag) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return;
    case 125: // varInt: lib0 reads its first byte unchecked
      if (bytesLeft(d) < 1) refuse('update is cut off');
      decoding.readVarInt(d);
      return;
    case 124:
      return skipBytes(d, 4); // float32
    case 123: // float64
    case 122: // bigint64
      return skipBytes(d, 8);
    case 119:
      string(d);
      return;
    case 118: {
      // object: key (>= 1 byte) + value (>= 1 byte) per entry
      const n = count(d, uint(d), 2, Infinity, 'object entries');
      for (let i = 0; i < n; i++) {
        string(d);
        skipAny(d, depth + 1);
      }
      return;
    }
    case 117: {
      const n = count(d, uint(d), 1, Infinity, 'array elements');
      for (let i = 0; i < n; i++) skipAny(d, depth + 1);
      return;
    }
    case 116:
      decoding.readVarUint8Array(d);
      return;
    default:
      refuse('unknown value tag');
  }
}
