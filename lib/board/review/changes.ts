import type * as Y from 'yjs';
import { readAllConsent, type ConsentRecord } from '@/lib/board/agreement/consent';
import { readItems, type ItemView } from '@/lib/board/read';
import { consentKey } from '@/lib/board/docKeys';
import { type Trust } from '@/lib/board/agreement/trustTypes';

/**
 * What changed on a board between two moments (the end of a past session
 * and now), as a list a person can read: added, edited (old and new words),
 * removed, celebrated, agreed and withdrawn, each with who did it where the
 * document knows. Both docs are plain values here: no Yjs history needed,
 * so any stored snapshot compares with any later state.
 */
export type BoardChange =
  | { kind: 'added' | 'celebrated'; item: ItemView; by?: string }
  | { kind: 'edited'; item: ItemView; before: string; by?: string }
  | { kind: 'removed'; item: ItemView }
  | { kind: 'agreed' | 'withdrawn'; item: ItemView; by: string };

/** Agreements count, here as everywhere, only when signed by the person they name (`trust` for each doc). */
export function changesBetween(before: Y.Doc, after: Y.Doc, trust: { before: Trust; after: Trust }): BoardChange[] {
  const was = new Map(readItems(before).map((item) => [item.id, item]));
  const now = readItems(after);
  const changes: BoardChange[] = [];
  for (const item of now) {
    const old = was.get(item.id);
    if (!old) {
      changes.push({ kind: item.section === 'celebration' ? 'celebrated' : 'added', item, ...by(item.author) });
    } else if (old.text !== item.text) {
      changes.push({ kind: 'edited', item, before: old.text, ...by(item.updatedBy) });
    }
  }
  const present = new Set(now.map((item) => item.id));
  for (const old of was.values()) if (!present.has(old.id)) changes.push({ kind: 'removed', item: old });

  const consentBefore = keyed(readAllConsent(before, trust.before));
  const consentAfter = keyed(readAllConsent(after, trust.after));
  const itemOf = (itemId: string) => now.find((item) => item.id === itemId) ?? was.get(itemId);
  for (const [key, record] of consentAfter) {
    const old = consentBefore.get(key);
    const item = itemOf(record.itemId);
    if (item && (!old || old.at !== record.at || old.text !== record.text)) {
      changes.push({ kind: 'agreed', item, by: record.personId });
    }
  }
  for (const [key, record] of consentBefore) {
    const item = itemOf(record.itemId);
    if (!consentAfter.has(key) && item && present.has(record.itemId)) {
      changes.push({ kind: 'withdrawn', item, by: record.personId });
    }
  }
  return changes;
}

const by = (personId: string | undefined) => (personId ? { by: personId } : {});

function keyed(byItem: Map<string, ConsentRecord[]>): Map<string, ConsentRecord & { itemId: string }> {
  const all = new Map<string, ConsentRecord & { itemId: string }>();
  for (const [itemId, records] of byItem) {
    for (const record of records) all.set(consentKey(itemId, record.personId), { ...record, itemId });
  }
  return all;
}
