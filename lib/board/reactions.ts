import type * as Y from 'yjs';
import { origins } from '@/lib/board/origins';

/**
 * A reaction from each person to a celebration: one of a few warm words
 * (shown with a symbol), changeable and removable. The top-level
 * `reactions` map is keyed `itemId:personId`, one reaction per person.
 */
// Symbols every system font has (colour emoji are missing on some Linux desktops).
export const REACTIONS = [
  { key: 'cheer', symbol: '✦', words: 'Cheers' },
  { key: 'love', symbol: '♥', words: 'Love this' },
  { key: 'proud', symbol: '★', words: 'So proud' },
  { key: 'thanks', symbol: '✿', words: 'Thank you' },
] as const;
export type ReactionKey = (typeof REACTIONS)[number]['key'];

export const isReaction = (value: unknown): value is ReactionKey => REACTIONS.some((reaction) => reaction.key === value);

export interface Reaction {
  personId: string;
  reaction: ReactionKey;
}

/** Every valid reaction, by item. */
export function readAllReactions(doc: Y.Doc): Map<string, Reaction[]> {
  const byItem = new Map<string, Reaction[]>();
  doc.getMap<unknown>('reactions').forEach((value, key) => {
    const split = key.lastIndexOf(':');
    if (split <= 0 || !isReaction(value)) return;
    const itemId = key.slice(0, split);
    const list = byItem.get(itemId) ?? [];
    list.push({ personId: key.slice(split + 1), reaction: value });
    byItem.set(itemId, list);
  });
  return byItem;
}

/** Sets this person's reaction to a celebration, or removes it when `reaction` is null. */
export function react(doc: Y.Doc, itemId: string, personId: string, reaction: ReactionKey | null): void {
  const reactions = doc.getMap<unknown>('reactions');
  doc.transact(() => {
    if (reaction) reactions.set(`${itemId}:${personId}`, reaction);
    else reactions.delete(`${itemId}:${personId}`);
  }, origins.personal);
}
