import * as Y from 'yjs';
import { isPersonColour } from '@/lib/board/people/colours';
import { textHash } from '@/lib/board/agreement/consent';
import { parseConsent, type ConsentValue } from '@/lib/board/agreement/signedValues';
import { consentKey } from '@/lib/board/docKeys';
import { MAX_CADENCE_DAYS, MAX_ITEM_TEXT_LENGTH, type Section, type Role } from '@/lib/board/format';
import { randomId } from '@/lib/util/ids';
import { cleanName } from '@/lib/board/people/names';
import { keyAfterLast, keyForIndex } from '@/lib/board/order';
import { origins } from '@/lib/board/origins';
import { readItem, readSection } from '@/lib/board/read';
import { ok, type Result } from '@/lib/util/result';
import { boardMaps } from '@/lib/board/schema';
import { applyTextValue } from '@/lib/util/textDiff';

/**
 * Typed edits of a board. Each is one transaction with the local-edit origin,
 * so it is one undo step (or merges with the previous one while typing).
 */

export interface AddItem {
  section: Section;
  author: string;
  now: number;
  text?: string;
}

export function addItem(doc: Y.Doc, { section, author, now, text = '' }: AddItem): string {
  const id = randomId();
  const order = keyAfterLast(readSection(doc, section));
  doc.transact(() => {
    const item = new Y.Map<unknown>();
    item.set('section', section);
    item.set('text', new Y.Text(text.slice(0, MAX_ITEM_TEXT_LENGTH)));
    item.set('author', author);
    item.set('createdAt', now);
    item.set('updatedAt', now);
    item.set('order', order);
    boardMaps(doc).items.set(id, item);
  }, origins.localEdit);
  return id;
}

/** An item and its words, if the item is there and its words are a Y.Text. */
export function itemText(doc: Y.Doc, id: string): { item: Y.Map<unknown>; text: Y.Text } | null {
  const item = boardMaps(doc).items.get(id);
  const text = item?.get('text');
  return item && text instanceof Y.Text ? { item, text } : null;
}

/** Stamps an item as changed now by `by` (who typed). Call inside the transaction that changed it. */
export function markEdited(item: Y.Map<unknown>, now: number, by?: string): void {
  item.set('updatedAt', now);
  if (by && item.get('updatedBy') !== by) item.set('updatedBy', by);
}

/**
 * Sets an item's whole text to `value` by the smallest splice against what
 * the document holds now: for words chosen as a whole (an earlier wording
 * brought back). Typing goes through `makeTextInput` (textInput/), which
 * works from what the person saw instead. `by` is who set it.
 */
export function setItemText(doc: Y.Doc, id: string, value: string, now: number, by?: string): boolean {
  const target = itemText(doc, id);
  if (!target) return false;
  const bounded = value.slice(0, MAX_ITEM_TEXT_LENGTH);
  if (target.text.toString() === bounded) return true;
  doc.transact(() => {
    applyTextValue(target.text, bounded);
    markEdited(target.item, now, by);
  }, origins.localEdit);
  return true;
}

export function deleteItem(doc: Y.Doc, id: string): boolean {
  const { items } = boardMaps(doc);
  if (!items.has(id)) return false;
  doc.transact(() => items.delete(id), origins.localEdit);
  return true;
}

/** Moves an item to position `toIndex` within its own section. */
export function moveItem(doc: Y.Doc, id: string, toIndex: number): boolean {
  const item = boardMaps(doc).items.get(id);
  const view = readItem(id, item);
  if (!item || !view) return false;
  const others = readSection(doc, view.section).filter((other) => other.id !== id);
  const order = keyForIndex(others, toIndex);
  doc.transact(() => item.set('order', order), origins.localEdit);
  return true;
}

export function renameBoard(doc: Y.Doc, rawTitle: string): Result<string> {
  const title = cleanName(rawTitle);
  if (!title.ok) return title;
  doc.transact(() => boardMaps(doc).meta.set('title', title.value), origins.localEdit);
  return ok(title.value);
}

/**
 * Records this person's display name (and chosen colour) on the board, so
 * others can see who wrote what and recognise them.
 */
export function setPerson(
  doc: Y.Doc,
  personId: string,
  { name: rawName, colour, role }: { name: string; colour?: string | null; role?: Role },
  now: number,
): Result<string> {
  const name = cleanName(rawName);
  if (!name.ok) return name;
  const { people } = boardMaps(doc);
  const current = people.get(personId);
  const wantColour = colour && isPersonColour(colour) ? colour : undefined;
  if (current instanceof Y.Map && current.get('name') === name.value && (!wantColour || current.get('colour') === wantColour)) {
    return ok(name.value);
  }
  // Not an undoable edit: who you are is not part of the agreements.
  doc.transact(() => {
    let person = people.get(personId);
    if (!(person instanceof Y.Map)) {
      person = new Y.Map<unknown>();
      person.set('joinedAt', now);
      // The role someone joins with is written once, by them; later changes
      // go through the partners' votes (roles.ts).
      person.set('role', role ?? 'partner');
      people.set(personId, person);
    }
    person.set('name', name.value);
    if (wantColour) person.set('colour', wantColour);
  }, origins.init);
  return ok(name.value);
}

/**
 * Puts this device's public key and its signature of `statements.person`
 * (trust.ts) on the person's own entry: what makes their consent and votes
 * count. The role is the one they joined with, written again only if a
 * board from before roles had none.
 */
export function signPerson(doc: Y.Doc, personId: string, publicKey: string, sig: string, role: Role): boolean {
  const person = boardMaps(doc).people.get(personId);
  if (!(person instanceof Y.Map)) return false;
  doc.transact(() => {
    if (person.get('role') !== role) person.set('role', role);
    person.set('key', publicKey);
    person.set('sig', sig);
  }, origins.init);
  return true;
}

/**
 * What a person signed for one consent statement: `statements.consent`
 * (trust.ts) with the same values. `n` is one past their newest statement
 * about the item (see `nextCounter`); left out, it is one past the counter
 * in the doc, which only unsigned writes in tests and benchmarks rely on.
 */
export interface SignedConsent {
  at: number;
  sig: string;
  n?: number;
}

/** One past the counter of the consent statement at `key` in the doc, signed or not. */
function counterAfter(doc: Y.Doc, key: string): number {
  const value = parseConsent(boardMaps(doc).consent.get(key));
  return value?.v === 2 ? value.n + 1 : 1;
}

/**
 * Records this person's agreement to `text`, the words they saw, with their
 * signature of `statements.consent` for the same values (trust.ts). If the
 * item changed while they signed, the record is for the old words and shows
 * as such: it never stretches to words they did not see.
 */
export function agree(doc: Y.Doc, itemId: string, personId: string, signed: SignedConsent & { text: string }): boolean {
  if (!readItem(itemId, boardMaps(doc).items.get(itemId))) return false;
  const key = consentKey(itemId, personId);
  const { text, at, sig, n = counterAfter(doc, key) } = signed;
  const value: ConsentValue = { v: 2, kind: 'agree', textHash: textHash(text), text, at, n, sig };
  doc.transact(() => boardMaps(doc).consent.set(key, value), origins.consent);
  return true;
}

/**
 * Withdraws this person's agreement (always possible, and visible to the
 * others). A signed statement that replaces the agreement, never a
 * deletion: a deleted key leaves nothing to tell an old agreement written
 * back from a new one. Without `signed`, an unsigned withdrawal (tests of
 * merging only: it never verifies, though it still replaces the agreement).
 */
export function withdraw(doc: Y.Doc, itemId: string, personId: string, signed: SignedConsent): void {
  const key = consentKey(itemId, personId);
  const { at, sig, n = counterAfter(doc, key) } = signed;
  const value: ConsentValue = { v: 2, kind: 'withdraw', at, n, sig };
  doc.transact(() => boardMaps(doc).consent.set(key, value), origins.consent);
}

/**
 * Picks the date an agreement is next revisited (local midnight), or goes
 * back to the board's cadence with null. See revisit.ts for how agreeing
 * again moves it on.
 */
export function setRevisitOn(doc: Y.Doc, itemId: string, date: number | null, now: number): boolean {
  const item = boardMaps(doc).items.get(itemId);
  if (!(item instanceof Y.Map)) return false;
  doc.transact(() => {
    if (date === null) {
      item.delete('revisitOn');
      item.delete('revisitSetAt');
    } else {
      item.set('revisitOn', date);
      item.set('revisitSetAt', now);
    }
  }, origins.localEdit);
  return true;
}

/** Who a celebration is for (a person id), or everyone with null. */
export function setCelebrationFor(doc: Y.Doc, itemId: string, personId: string | null): boolean {
  const item = boardMaps(doc).items.get(itemId);
  if (!(item instanceof Y.Map)) return false;
  doc.transact(() => (personId ? item.set('for', personId) : item.delete('for')), origins.localEdit);
  return true;
}

export interface Rhythm {
  revisitEveryDays?: number;
  checkInEveryDays?: number;
}

/** The board's rhythm: how often agreements come due for a revisit, and how often people check in. */
export function setRhythm(doc: Y.Doc, rhythm: Rhythm): void {
  const { meta } = boardMaps(doc);
  const valid = (days: number | undefined): days is number =>
    days !== undefined && Number.isInteger(days) && days >= 1 && days <= MAX_CADENCE_DAYS;
  doc.transact(() => {
    if (valid(rhythm.revisitEveryDays)) meta.set('revisitEveryDays', rhythm.revisitEveryDays);
    if (valid(rhythm.checkInEveryDays)) meta.set('checkInEveryDays', rhythm.checkInEveryDays);
  }, origins.localEdit);
}
