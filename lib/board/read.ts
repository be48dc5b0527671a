import * as Y from 'yjs';
import { colourFor, isPersonColour } from '@/lib/board/colours';
import {
  DEFAULT_CHECK_IN_DAYS,
  DEFAULT_REVISIT_DAYS,
  FORMAT_VERSION,
  MAX_CADENCE_DAYS,
  MAX_TITLE_LENGTH,
  isRelationshipKind,
  isSection,
  type RelationshipKind,
  type Section,
} from '@/lib/board/format';
import { compareOrder } from '@/lib/board/order';
import { err, ok, type Result } from '@/lib/util/result';
import { isRole, readRoleVotes, settledRole, type Role } from '@/lib/board/agreement/roles';
import { boardMaps } from '@/lib/board/schema';
import type { Trust } from '@/lib/board/agreement/trust';

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

export interface MetaView {
  formatVersion: number;
  title: string;
  kind: RelationshipKind;
  createdAt: number;
  /** Who made the board (a person id); with createdAt, the board's identity across devices and backups. */
  createdBy: string;
  /** How often agreements come due for a revisit, and how often people check in, in days. */
  revisitEveryDays: number;
  checkInEveryDays: number;
}

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

export type BoardDocProblem =
  | { kind: 'not-a-board' }
  | { kind: 'newer-format'; version: number };

/**
 * Reads the board's meta; a doc without a format version is not a board we
 * can show. A title of the wrong type (a peer may write anything) does not
 * make the board unreadable: it reads as "Untitled board".
 */
export function readMeta(doc: Y.Doc): Result<MetaView, BoardDocProblem> {
  const { meta } = boardMaps(doc);
  const formatVersion = meta.get('formatVersion');
  const title = meta.get('title');
  const kind = meta.get('kind');
  const createdAt = meta.get('createdAt');
  if (!isFiniteNumber(formatVersion)) return err({ kind: 'not-a-board' });
  if (formatVersion > FORMAT_VERSION) return err({ kind: 'newer-format', version: formatVersion });
  return ok({
    formatVersion,
    title: typeof title === 'string' && title.trim() !== '' ? title.slice(0, MAX_TITLE_LENGTH) : 'Untitled board',
    kind: isRelationshipKind(kind) ? kind : 'partners',
    createdAt: isFiniteNumber(createdAt) ? createdAt : 0,
    createdBy: typeof meta.get('createdBy') === 'string' ? (meta.get('createdBy') as string) : '',
    revisitEveryDays: cadence(meta.get('revisitEveryDays'), DEFAULT_REVISIT_DAYS),
    checkInEveryDays: cadence(meta.get('checkInEveryDays'), DEFAULT_CHECK_IN_DAYS),
  });
}

/** The same board on every device and in every backup: who made it, and when. */
export const boardUid = (meta: Pick<MetaView, 'createdBy' | 'createdAt'>) => `${meta.createdBy}:${meta.createdAt}`;

/** A cadence in whole days within reason, else the default. */
const cadence = (value: unknown, fallback: number) =>
  isFiniteNumber(value) && Number.isInteger(value) && value >= 1 && value <= MAX_CADENCE_DAYS ? value : fallback;

export interface PersonView {
  id: string;
  name: string;
  colour: string;
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
    people.push({
      id,
      name: readable ? name.slice(0, 40) : (remembered.get(id)?.name ?? 'Someone'),
      colour: isPersonColour(colour) ? colour : colourFor(id),
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
      colour: colourFor(person.id),
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
  return people.sort((a, b) => a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : 1));
}
