import type * as Y from 'yjs';
import { boardMaps } from '@/lib/board/schema';

export interface BoardChange {
  /** Ids of items added, removed or changed in any way. */
  items: Set<string>;
  /** Whether the board's meta (title, kind...) changed. */
  meta: boolean;
  /** Whether anyone joined, changed their name, or a role change was voted on. */
  people: boolean;
}

/**
 * Calls `onChange` after every transaction that touched the board, naming
 * exactly which items changed, so a view can update just those. Returns the
 * cleanup that removes both observers.
 */
export function makeBoardObserver(doc: Y.Doc, onChange: (change: BoardChange) => void): () => void {
  const { items, meta, people, roleVotes } = boardMaps(doc);
  const onItems = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const changed = new Set<string>();
    for (const event of events) {
      if (event.target === items) {
        event.changes.keys.forEach((_change, id) => changed.add(id));
      } else {
        const id = event.path[0];
        if (typeof id === 'string') changed.add(id);
      }
    }
    if (changed.size > 0) onChange({ items: changed, meta: false, people: false });
  };
  const onMeta = () => onChange({ items: new Set(), meta: true, people: false });
  const onPeople = () => onChange({ items: new Set(), meta: false, people: true });
  items.observeDeep(onItems);
  meta.observe(onMeta);
  people.observeDeep(onPeople);
  roleVotes.observe(onPeople);
  return () => {
    items.unobserveDeep(onItems);
    meta.unobserve(onMeta);
    people.unobserveDeep(onPeople);
    roleVotes.unobserve(onPeople);
  };
}
