import * as Y from 'yjs';
import { assignLooks } from '@/lib/board/people/looks';
import type { MarkerShape } from '@/lib/board/people/markers';
import { isRole, isSection, type Role, type Section } from '@/lib/board/format';
import { compareOrder } from '@/lib/board/order';
import { readRoleVotes, settledRole } from '@/lib/board/agreement/roles';
import { boardMaps } from '@/lib/board/schema';
import type { Trust } from '@/lib/board/agreement/trustTypes';
import { t } from '@/lib/i18n/messages';

/**
 * Plain, validated views of the document. The doc may hold anything a peer or
 * a damaged disk put there, so every read checks types and drops what does
 * not fit rather than handing it to the UI.
 */
export interface ItemView {
  id: string;
  section: Section;
  text: string;
  author: string;
  createdAt: number;
  updatedAt: number;
  order: string;
  /** A revisit date someone chose for this item, and when they chose it (see revisit.ts). */
  revisitOn?: number;
  revisitSetAt?: number;
  /** A celebration's person (a person id), if it is for someone in particular. */
  forPerson?: string;
  /** Who last changed the words (a person id), where known. */
  updatedBy?: string;
}

/**
 * Every field of an ItemView, listed once: a field added to ItemView and
 * not here (or here and not there) is a type error, so `sameItemView`
 * cannot miss one. A view that compared equal while a field changed would
 * leave the screen showing the old one.
 */
const ITEM_FIELD_LIST: { readonly [Field in keyof ItemView]-?: true } = {
  id: true,
  section: true,
  text: true,
  author: true,
  createdAt: true,
  updatedAt: true,
  order: true,
  revisitOn: true,
  revisitSetAt: true,
  forPerson: true,
  updatedBy: true,
};
export const ITEM_FIELDS = Object.keys(ITEM_FIELD_LIST) as readonly (keyof ItemView)[];

/** Whether two views of an item show the same, field by field (all values are plain). */
export const sameItemView = (a: ItemView, b: ItemView) => ITEM_FIELDS.every((field) => a[field] === b[field]);

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function readItem(id: string, item: unknown): ItemView | null {
  if (!(item instanceof Y.Map)) return null;
  const section = item.get('section');
  const text = item.get('text');
  const order = item.get('order');
  if (!isSection(section) || !(text instanceof Y.Text) || typeof order !== 'string') return null;
  const author = item.get('author');
  const createdAt = item.get('createdAt');
  const updatedAt = item.get('updatedAt');
  const revisitOn = item.get('revisitOn');
  const revisitSetAt = item.get('revisitSetAt');
  const forPerson = item.get('for');
  const view: ItemView = {
    id,
    section,
    text: text.toString(),
    author: typeof author === 'string' ? author : '',
    createdAt: isFiniteNumber(createdAt) ? createdAt : 0,
    updatedAt: isFiniteNumber(updatedAt) ? updatedAt : 0,
    order,
  };
  if (isFiniteNumber(revisitOn) && isFiniteNumber(revisitSetAt)) {
    view.revisitOn = revisitOn;
    view.revisitSetAt = revisitSetAt;
  }
  if (typeof forPerson === 'string' && forPerson.length <= 64) view.forPerson = forPerson;
  const updatedBy = item.get('updatedBy');
  if (typeof updatedBy === 'string' && updatedBy.length <= 64) view.updatedBy = updatedBy;
  return view;
}

/** All valid items, in board order. */
export function readItems(doc: Y.Doc): ItemView[] {
  const views: ItemView[] = [];
  boardMaps(doc).items.forEach((item, id) => {
    const view = readItem(id, item);
    if (view) views.push(view);
  });
  return views.sort(compareOrder);
}

export function readSection(doc: Y.Doc, section: Section): ItemView[] {
  return readItems(doc).filter((item) => item.section === section);
}

export interface PersonView {
  id: string;
  name: string;
  /** Their colour and marker on this board: no one else here has both (people/looks.ts). */
  colour: string;
  marker: MarkerShape;
  /** The role in force: the one they joined with, or one the partners since agreed on. */
  role: Role;
  /**
   * The role they joined with, as they signed it. An entry whose signature
   * does not verify counts as a partner: then nothing is agreed without
   * them, which is the safe way round (trust.ts).
   */
  joinedAs: Role;
  /** Whether their entry is signed by the key their id names (trust.ts). */
  verified: boolean;
  /** Once verified: their key's fingerprint, as an invite code names its maker. */
  fingerprint?: string;
  joinedAt: number;
}

/**
 * Someone this device saw on a board with a verified entry (kept per board
 * in IndexedDB): their key is pinned, and they stay on the board even if
 * someone deletes or garbles their entry in the shared document.
 */
export interface KnownPerson {
  id: string;
  name: string;
  joinedAs: Role;
  key: string;
}

/** Adds people seen verified to those known: the first key seen for an id stays (the pin), names follow. */
export function mergeKnown(known: readonly KnownPerson[], seen: readonly KnownPerson[]): KnownPerson[] {
  const byId = new Map(known.map((person) => [person.id, person]));
  for (const person of seen) {
    const before = byId.get(person.id);
    byId.set(person.id, before ? { ...before, name: person.name } : person);
  }
  return [...byId.values()];
}

/**
 * Everyone who ever joined the board, in the order they joined, each with
 * the role in force. People this device knew (`known`) whose entry is gone
 * or unreadable are still listed, as they were: names are not signed, so
 * deleting or blanking an entry must not drop a partner from the agreement.
 */
export function readPeople(doc: Y.Doc, trust: Trust, known: readonly KnownPerson[] = []): PersonView[] {
  const people: PersonView[] = [];
  const chosen = new Map<string, unknown>();
  const remembered = new Map(known.map((person) => [person.id, person]));
  boardMaps(doc).people.forEach((person, id) => {
    if (!(person instanceof Y.Map)) return;
    const name = person.get('name');
    const joinedAt = person.get('joinedAt');
    const colour = person.get('colour');
    const role = person.get('role');
    const verified = trust.person(id, role, person.get('key'));
    const readable = typeof name === 'string' && name.trim() !== '';
    if (!readable && !verified && !remembered.has(id)) return;
    const joinedAs = verified && isRole(role) ? role : (remembered.get(id)?.joinedAs ?? 'partner');
    chosen.set(id, colour);
    people.push({
      id,
      name: readable ? name.slice(0, 40) : (remembered.get(id)?.name ?? t.model.someone),
      // Both set below, once everyone is known.
      colour: '',
      marker: 'circle',
      role: joinedAs,
      joinedAs,
      verified,
      ...(verified ? { fingerprint: trust.fingerprint(id) } : {}),
      joinedAt: isFiniteNumber(joinedAt) ? joinedAt : 0,
    });
  });
  for (const person of known) {
    if (people.some((listed) => listed.id === person.id)) continue;
    people.push({
      id: person.id,
      name: person.name,
      colour: '',
      marker: 'circle',
      role: person.joinedAs,
      joinedAs: person.joinedAs,
      verified: false,
      fingerprint: trust.fingerprint(person.id),
      joinedAt: 0,
    });
  }
  const partnerIds = people.filter((person) => person.joinedAs === 'partner').map((person) => person.id);
  const votes = readRoleVotes(doc, trust);
  for (const person of people) person.role = settledRole(person.id, person.joinedAs, votes, partnerIds).role;
  const looks = assignLooks(people.map(({ id, joinedAt }) => ({ id, joinedAt, chosen: chosen.get(id) })));
  for (const person of people) Object.assign(person, looks.get(person.id));
  return people.sort((a, b) => a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : 1));
}
