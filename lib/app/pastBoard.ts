import type * as Y from 'yjs';
import { readAllConsent, type ConsentRecord } from '@/lib/board/agreement/consent';
import { readItems, readPeople, type ItemView, type PersonView } from '@/lib/board/read';
import { checkTrust } from '@/lib/board/agreement/trust';
import { readMeta } from '@/lib/board/meta';

/** A board as it was at the end of a past session: plain values, for reading only. */
export interface PastBoard {
  title: string;
  people: PersonView[];
  items: ItemView[];
  consent: Map<string, ConsentRecord[]>;
}

/** Agreements and roles count only where their signatures verify, as on the live board. */
export async function readPastBoard(doc: Y.Doc): Promise<PastBoard> {
  const trust = await checkTrust(doc);
  const meta = readMeta(doc);
  return {
    title: meta.ok ? meta.value.title : '',
    people: readPeople(doc, trust),
    items: readItems(doc),
    consent: readAllConsent(doc, trust),
  };
}
