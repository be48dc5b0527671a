import { digest } from 'lib0/hash/sha256';
import type * as Y from 'yjs';
import { splitConsentKey } from '@/lib/board/docKeys';
import { toHex } from '@/lib/util/ids';
import type { ItemView, PersonView } from '@/lib/board/read';
import { boardMaps } from '@/lib/board/schema';
import { parseConsent } from '@/lib/board/agreement/signedValues';
import type { Trust } from '@/lib/board/agreement/trustTypes';

/**
 * Consent is personal and bound to exact words. The top-level `consent`
 * map holds, per item and person (key `itemId:personId`, docKeys.ts), that person's
 * newest signed statement about the item: they agree to words (their hash,
 * and the words), or they withdraw. Each statement carries a counter one
 * higher than their previous one there, inside the signature (trust.ts), so
 * an older statement written back over a newer one never counts again on a
 * device that saw the newer (withdrawing is a statement, never a deletion,
 * for the same reason). An agreement counts only while the item's current
 * text has its hash, so any edit visibly resets it, and only while its
 * signature verifies against the person's own key, so nobody can agree for
 * someone else. Each person writes only their own keys, so concurrent
 * agreements never conflict.
 */
export interface ConsentRecord {
  personId: string;
  textHash: string;
  /** The words agreed to, shown as "last agreed" once the text changes. */
  text: string;
  at: number;
  sig?: string;
}

/** Why an agreement that is shown does not count. */
export type NotCounted = 'unverified' | 'older' | 'old-format';

export interface UncountedRecord extends ConsentRecord {
  why: NotCounted;
}

export function textHash(text: string): string {
  return toHex(digest(new TextEncoder().encode(text)));
}

export interface ConsentReading {
  /** The agreements that count: each the person's newest statement, signed by them, well-formed. */
  counted: Map<string, ConsentRecord[]>;
  /** Agreements that are shown but never counted, and why. */
  notCounted: Map<string, UncountedRecord[]>;
}

/**
 * Every agreement on the board, by item, split by whether it counts. A
 * record whose text does not match its hash is dropped, so comparing texts
 * later is as good as comparing hashes (and costs no hashing per
 * keystroke). Withdrawals are not listed: the person has simply not agreed.
 */
export function readConsentStatements(doc: Y.Doc, trust: Trust): ConsentReading {
  const reading: ConsentReading = { counted: new Map(), notCounted: new Map() };
  boardMaps(doc).consent.forEach((raw, key) => {
    const at = splitConsentKey(key);
    const value = parseConsent(raw);
    if (!at || value?.kind !== 'agree' || textHash(value.text) !== value.textHash) return;
    const standing = trust.entry('consent', key, value);
    const why: NotCounted | null =
      standing === 'unverified' ? 'unverified' : value.v === 1 ? 'old-format' : standing === 'older' ? 'older' : null;
    const record: ConsentRecord = {
      personId: at.personId,
      textHash: value.textHash,
      text: value.text,
      at: value.at,
      ...(typeof value.sig === 'string' ? { sig: value.sig } : {}),
    };
    if (why === null) add(reading.counted, at.itemId, record);
    else add(reading.notCounted, at.itemId, { ...record, why });
  });
  return reading;
}

function add<T>(byItem: Map<string, T[]>, itemId: string, record: T): void {
  const list = byItem.get(itemId);
  if (list) list.push(record);
  else byItem.set(itemId, [record]);
}

/** The consent records that count: well-formed, newest, and signed by the person they name. */
export const readAllConsent = (doc: Y.Doc, trust: Trust) => readConsentStatements(doc, trust).counted;

/** Consent records of one item that count. */
export const readConsent = (doc: Y.Doc, itemId: string, trust: Trust): ConsentRecord[] => readAllConsent(doc, trust).get(itemId) ?? [];

export type ConsentState = { kind: 'agreed' } | { kind: 'open'; waitingFor: PersonView[]; changedSinceAgreed: boolean };

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

/** When this person last agreed to these exact words, or null if they have not. */
export const agreedAt = (item: Pick<ItemView, 'text'>, records: readonly ConsentRecord[], personId: string): number | null =>
  records.find((record) => record.personId === personId && record.text === item.text)?.at ?? null;

/** Whether this person's agreement stands for the current words. */
export const hasAgreed = (item: Pick<ItemView, 'text'>, records: ConsentRecord[], personId: string) =>
  records.some((record) => record.personId === personId && record.text === item.text);
