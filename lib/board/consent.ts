import { digest } from 'lib0/hash/sha256';
import * as Y from 'yjs';
import { toHex } from './ids';
import type { ItemView, PersonView } from './read';
import type { Trust } from './trust';

/**
 * Consent is personal and bound to exact words. The top-level `consent`
 * map holds one record per item and person (key `itemId:personId`): the
 * hash of the text they agreed to, that text, when, and their signature
 * over (board, item, person, text hash, time) (trust.ts). An agreement
 * counts only while the item's current text has that hash, so any edit
 * visibly resets it, and only while the signature verifies against the
 * person's own key, so nobody can agree for someone else. Each person writes
 * only their own keys, so concurrent agreements never conflict.
 */
export interface ConsentRecord {
  personId: string;
  textHash: string;
  /** The words agreed to, shown as "last agreed" once the text changes. */
  text: string;
  at: number;
  sig?: string;
}

export const consentKey = (itemId: string, personId: string) => `${itemId}:${personId}`;

export function textHash(text: string): string {
  return toHex(digest(new TextEncoder().encode(text)));
}

/**
 * Every well-formed consent record, by item, split by whether its signature
 * verified. A record whose text does not match its hash is dropped, so
 * comparing texts later is as good as comparing hashes (and costs no
 * hashing per keystroke).
 */
function readRecords(doc: Y.Doc, trust: Trust, wantVerified: boolean): Map<string, ConsentRecord[]> {
  const byItem = new Map<string, ConsentRecord[]>();
  doc.getMap<unknown>('consent').forEach((value, key) => {
    const split = key.lastIndexOf(':');
    if (split <= 0 || typeof value !== 'object' || value === null) return;
    const { textHash: hash, text, at, sig } = value as Record<string, unknown>;
    if (typeof hash !== 'string' || typeof text !== 'string' || text.length > 4000) return;
    if (typeof at !== 'number' || !Number.isFinite(at) || textHash(text) !== hash) return;
    if (trust.entry('consent', key, { at, sig, textHash: hash }) !== wantVerified) return;
    const itemId = key.slice(0, split);
    const list = byItem.get(itemId) ?? [];
    list.push({ personId: key.slice(split + 1), textHash: hash, text, at, ...(typeof sig === 'string' ? { sig } : {}) });
    byItem.set(itemId, list);
  });
  return byItem;
}

/** The consent records that count: well-formed and signed by the person they name. */
export const readAllConsent = (doc: Y.Doc, trust: Trust) => readRecords(doc, trust, true);

/** Records whose signature did not verify: shown as such, never counted. */
export const readUnverifiedConsent = (doc: Y.Doc, trust: Trust) => readRecords(doc, trust, false);

/** Consent records of one item that count. */
export const readConsent = (doc: Y.Doc, itemId: string, trust: Trust): ConsentRecord[] =>
  readAllConsent(doc, trust).get(itemId) ?? [];

export type ConsentState =
  | { kind: 'agreed' }
  | { kind: 'open'; waitingFor: PersonView[]; changedSinceAgreed: boolean };

/**
 * Where an item stands with the partners: agreed by every partner to the
 * current words, or waiting for some, and whether it changed since someone
 * agreed. With no partners yet there is nobody to agree, so it is open.
 */
export function consentState(item: Pick<ItemView, 'text'>, records: ConsentRecord[], partners: PersonView[]): ConsentState {
  const byPerson = new Map(records.map((record) => [record.personId, record]));
  const waitingFor = partners.filter((partner) => byPerson.get(partner.id)?.text !== item.text);
  const changedSinceAgreed = records.some((record) => record.text !== item.text);
  if (partners.length > 0 && waitingFor.length === 0) return { kind: 'agreed' };
  return { kind: 'open', waitingFor, changedSinceAgreed };
}

/** Whether this person's agreement stands for the current words. */
export const hasAgreed = (item: Pick<ItemView, 'text'>, records: ConsentRecord[], personId: string) =>
  records.some((record) => record.personId === personId && record.text === item.text);
