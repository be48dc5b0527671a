import type * as Y from 'yjs';
import { readAllConsent, type ConsentRecord } from '../board/consent';
import { readItems, readMeta, readPeople, type ItemView, type PersonView } from '../board/read';

/** A board as it was at the end of a past session: plain values, for reading only. */
export interface PastBoard {
  title: string;
  people: PersonView[];
  items: ItemView[];
  consent: Map<string, ConsentRecord[]>;
}

export function readPastBoard(doc: Y.Doc): PastBoard {
  const meta = readMeta(doc);
  return {
    title: meta.ok ? meta.value.title : '',
    people: readPeople(doc),
    items: readItems(doc),
    consent: readAllConsent(doc),
  };
}
