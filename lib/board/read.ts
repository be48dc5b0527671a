import * as Y from 'yjs';
import { colourFor, isPersonColour } from './colours';
import {
  FORMAT_VERSION,
  isRelationshipKind,
  isSection,
  type RelationshipKind,
  type Section,
} from './format';
import { compareOrder } from './order';
import { err, ok, type Result } from './result';
import { boardMaps } from './schema';

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
}

export interface MetaView {
  formatVersion: number;
  title: string;
  kind: RelationshipKind;
  createdAt: number;
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
  return {
    id,
    section,
    text: text.toString(),
    author: typeof author === 'string' ? author : '',
    createdAt: isFiniteNumber(createdAt) ? createdAt : 0,
    updatedAt: isFiniteNumber(updatedAt) ? updatedAt : 0,
    order,
  };
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

/** Reads the board's meta; a doc without valid meta is not a board we can show. */
export function readMeta(doc: Y.Doc): Result<MetaView, BoardDocProblem> {
  const { meta } = boardMaps(doc);
  const formatVersion = meta.get('formatVersion');
  const title = meta.get('title');
  const kind = meta.get('kind');
  const createdAt = meta.get('createdAt');
  if (!isFiniteNumber(formatVersion) || typeof title !== 'string') {
    return err({ kind: 'not-a-board' });
  }
  if (formatVersion > FORMAT_VERSION) return err({ kind: 'newer-format', version: formatVersion });
  return ok({
    formatVersion,
    title,
    kind: isRelationshipKind(kind) ? kind : 'partners',
    createdAt: isFiniteNumber(createdAt) ? createdAt : 0,
  });
}

export type Role = 'partner' | 'facilitator' | 'observer';

export interface PersonView {
  id: string;
  name: string;
  colour: string;
  /** Partners are parties to the agreements; until roles arrive everyone is one. */
  // TODO(#4, 2026-11-21): set roles (creator picks, invite says the joiner's role,
  // partners agree to changes); hide Agree for facilitators and all editing for observers.
  role: Role;
  joinedAt: number;
}

/** Everyone who ever joined the board, in the order they joined. */
export function readPeople(doc: Y.Doc): PersonView[] {
  const people: PersonView[] = [];
  boardMaps(doc).people.forEach((person, id) => {
    if (!(person instanceof Y.Map)) return;
    const name = person.get('name');
    const joinedAt = person.get('joinedAt');
    const colour = person.get('colour');
    const role = person.get('role');
    if (typeof name !== 'string' || name.trim() === '') return;
    people.push({
      id,
      name: name.slice(0, 40),
      colour: isPersonColour(colour) ? colour : colourFor(id),
      role: role === 'facilitator' || role === 'observer' ? role : 'partner',
      joinedAt: isFiniteNumber(joinedAt) ? joinedAt : 0,
    });
  });
  return people.sort((a, b) => a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : 1));
}
