import { digest } from 'lib0/hash/sha256';
import { fromBase64Url, toBase64Url } from '@/lib/util/base64';
import { toHex } from '@/lib/util/ids';

/**
 * Device keys and signatures, with WebCrypto only (no library: both target
 * browsers and Node have Ed25519). A public key travels as text,
 * `ed25519:<base64url raw>` or `p256:<base64url raw>`, so a verifier knows
 * the algorithm without trusting anything else the peer said.
 */
export interface Signer {
  /** This device's public key, as text. */
  publicKey: string;
  sign(statement: string): Promise<string>;
}

type Algorithm = 'ed25519' | 'p256';

const PARAMS = {
  ed25519: { generate: { name: 'Ed25519' }, sign: { name: 'Ed25519' }, import: { name: 'Ed25519' } },
  p256: {
    generate: { name: 'ECDSA', namedCurve: 'P-256' },
    sign: { name: 'ECDSA', hash: 'SHA-256' },
    import: { name: 'ECDSA', namedCurve: 'P-256' },
  },
} as const;

export interface DeviceKeyPair {
  privateKey: CryptoKey;
  publicKey: string;
}

/**
 * A new key pair whose private half cannot be exported: it can sign on this
 * device and nowhere else. Ed25519 where the browser has it, else ECDSA P-256.
 */
export async function makeDeviceKeyPair(): Promise<DeviceKeyPair> {
  for (const algorithm of ['ed25519', 'p256'] as const) {
    try {
      const pair = (await crypto.subtle.generateKey(PARAMS[algorithm].generate, false, ['sign', 'verify'])) as CryptoKeyPair;
      const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
      return { privateKey: pair.privateKey, publicKey: `${algorithm}:${toBase64Url(raw)}` };
    } catch (error) {
      if (algorithm === 'p256') throw error;
    }
  }
  throw new Error('unreachable');
}

export function makeSigner(pair: DeviceKeyPair): Signer {
  const algorithm = parseKey(pair.publicKey)?.algorithm ?? 'ed25519';
  return {
    publicKey: pair.publicKey,
    async sign(statement) {
      const signature = await crypto.subtle.sign(PARAMS[algorithm].sign, pair.privateKey, new TextEncoder().encode(statement));
      return toBase64Url(new Uint8Array(signature));
    },
  };
}

const KEY_TEXT = /^(ed25519|p256):([A-Za-z0-9_-]{43,88})$/;

function parseKey(text: unknown): { algorithm: Algorithm; raw: Uint8Array<ArrayBuffer> } | null {
  if (typeof text !== 'string') return null;
  const match = KEY_TEXT.exec(text);
  const raw = match?.[2] ? fromBase64Url(match[2]) : null;
  if (!match || !raw) return null;
  const algorithm = match[1] as Algorithm;
  if ((algorithm === 'ed25519' && raw.length !== 32) || (algorithm === 'p256' && raw.length !== 65)) return null;
  return { algorithm, raw };
}

export const isPublicKey = (text: unknown): text is string => parseKey(text) !== null;

/**
 * A person id that is the key's own fingerprint (`k` and 128 bits of its
 * SHA-256), so nobody can attach another key to it. Ids from before keys
 * (32 hex digits, no `k`) cannot be told from a forgery this way; see
 * docs/threat-model.md.
 */
export const personIdForKey = (publicKey: string) => `k${toHex(digest(new TextEncoder().encode(publicKey))).slice(0, 32)}`;

export const isKeyBoundId = (personId: string) => /^k[0-9a-f]{32}$/.test(personId);

/** Whether this key may speak for this person id: its fingerprint, or any key for an id from before keys. */
export const keyFitsPerson = (personId: string, publicKey: string) =>
  isKeyBoundId(personId) ? personIdForKey(publicKey) === personId : /^[0-9a-f]{32}$/.test(personId);

const MAX_SIGNATURE_LENGTH = 200;
/**
 * Boards are re-checked after every change, so results are remembered; the
 * bound keeps a peer that writes endless keys or signatures from growing
 * them without end (past it they are simply checked again).
 */
const MAX_REMEMBERED = 50_000;
const importedKeys = new Map<string, Promise<CryptoKey | null>>();
const checked = new Map<string, Promise<boolean>>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= MAX_REMEMBERED) cache.clear();
  cache.set(key, value);
  return value;
}

function importKey(publicKey: string): Promise<CryptoKey | null> {
  let imported = importedKeys.get(publicKey);
  if (!imported) {
    const parsed = parseKey(publicKey);
    imported = parsed
      ? crypto.subtle.importKey('raw', parsed.raw, PARAMS[parsed.algorithm].import, true, ['verify']).catch(() => null)
      : Promise.resolve(null);
    remember(importedKeys, publicKey, imported);
  }
  return imported;
}

/** Whether `signature` is `publicKey`'s signature of `statement`. Anything malformed is simply false. */
export function verifyStatement(publicKey: unknown, statement: string, signature: unknown): Promise<boolean> {
  if (typeof publicKey !== 'string' || typeof signature !== 'string' || signature.length > MAX_SIGNATURE_LENGTH) {
    return Promise.resolve(false);
  }
  const id = `${publicKey}\n${signature}\n${statement}`;
  return checked.get(id) ?? remember(checked, id, verifyOnce(publicKey, statement, signature));
}

async function verifyOnce(publicKey: string, statement: string, signature: string): Promise<boolean> {
  const key = await importKey(publicKey);
  const bytes = fromBase64Url(signature);
  if (!key || !bytes) return false;
  const algorithm = parseKey(publicKey)!.algorithm;
  try {
    return await crypto.subtle.verify(PARAMS[algorithm].sign, key, bytes, new TextEncoder().encode(statement));
  } catch {
    return false;
  }
}
