import { digest } from 'lib0/hash/sha256';
import { toHex } from '@/lib/util/ids';

/** 64 bits: enough to tell one device's boards apart, short enough for an invite code. */
export const BOARD_KEY_BYTES = 8;

/**
 * A short stand-in for a board's identity (`boardUid`): the first 8 bytes of
 * its SHA-256, in hex. Short invite codes carry it instead of the identity
 * itself, and a joining device finds "the same board" by comparing keys.
 * It names a board, it does not protect one: matching it moves nothing a
 * person could not move with the code alone.
 */
export const boardKey = (uid: string): string => toHex(boardKeyBytes(uid));

export const boardKeyBytes = (uid: string): Uint8Array => digest(new TextEncoder().encode(uid)).subarray(0, BOARD_KEY_BYTES);
