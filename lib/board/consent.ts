import { digest } from 'lib0/hash/sha256';
import * as Y from 'yjs';
import type { ItemView, PersonView } from './read';

/**
 * Consent is personal and bound to exact words. The top-level `consent`
 * map holds one record per item and person (key `itemId:personId`): the
 * hash of the text they agreed to, that text, and when. An agreement counts
 * only while the item's current text has that hash, so any edit visibly
 * resets it. Each person writes only their own keys, so concurrent
 * agreements never conflict. The record is shaped to take a signature later
 * (issue 6): who, which text hash, when.
 */
// TODO(#6, 2026-11-22): sign each record over (board, item, textHash, at) with the
// device's WebCrypto key (Ed25519, else ECDSA P-256), tie person ids to public keys,
// and count only records whose signature verifies (docs/threat-model.md, known gaps).
export interface ConsentRecord {
  personId: string;
  textHash: string;
  /** The words agreed to, shown as "last agreed" once the text changes. */
  text: string;
  at: number;
}

export const consentKey = (itemId: string, personId: string) => `${itemId}:${personId}`;

export function textHash(text: string): string {
  return Array.from(digest(new TextEncoder().encode(text)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Every valid consent record of the board, by item. A record whose text
 * does not match its hash is ignored, so comparing texts later is as good
 * as comparing hashes (and costs no hashing per keystroke).
 */
export function readAllConsent(doc: Y.Doc): Map<string, ConsentRecord[]> {
  const byItem = new Map<string, ConsentRecord[]>();
  doc.getMap<unknown>('consent').forEach((value, key) => {
    const split = key.lastIndexOf(':');
    if (split <= 0 || typeof value !== 'object' || value === null) return;
    const { textHash: hash, text, at } = value as Record<string, unknown>;
    if (typeof hash !== 'string' || typeof text !== 'string' || text.length > 4000) return;
    if (typeof at !== 'number' || !Number.isFinite(at) || textHash(text) !== hash) return;
    const itemId = key.slice(0, split);
    const list = byItem.get(itemId) ?? [];
    list.push({ personId: key.slice(split + 1), textHash: hash, text, at });
    byItem.set(itemId, list);
  });
  return byItem;
}

/** Valid consent records of one item. */
export const readConsent = (doc: Y.Doc, itemId: string): ConsentRecord[] => readAllConsent(doc).get(itemId) ?? [];

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
