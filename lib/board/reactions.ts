import type * as Y from 'yjs';
import { reactionKey, splitReactionKey } from '@/lib/board/docKeys';
import { origins } from '@/lib/board/origins';
import { boardMaps } from '@/lib/board/schema';
import { t } from '@/lib/i18n/messages';

/**
 * A reaction from each person to a celebration: one of a few warm words
 * (shown with a symbol), changeable and removable. The top-level
 * `reactions` map is keyed `itemId:personId` (docKeys.ts), one reaction per person.
 */
// Symbols every system font has (colour emoji are missing on some Linux desktops).
const SYMBOLS = { cheer: '✦', love: '♥', proud: '★', thanks: '✿' } as const;
export type ReactionKey = keyof typeof SYMBOLS;

/** The reactions in the order offered; each one's words are read in the panel's language when shown. */
export const REACTIONS: readonly { readonly key: ReactionKey; readonly symbol: string; readonly words: string }[] = (
  Object.keys(SYMBOLS) as ReactionKey[]
).map((key) => ({
  key,
  symbol: SYMBOLS[key],
  get words() {
    return t.model.reactions[key];
  },
}));

export const isReaction = (value: unknown): value is ReactionKey => REACTIONS.some((reaction) => reaction.key === value);

export interface Reaction {
  personId: string;
  reaction: ReactionKey;
}

/** Every valid reaction, by item. */
export function readAllReactions(doc: Y.Doc): Map<string, Reaction[]> {
  const byItem = new Map<string, Reaction[]>();
  boardMaps(doc).reactions.forEach((value, key) => {
    const at = splitReactionKey(key);
    if (!at || !isReaction(value)) return;
    const list = byItem.get(at.itemId) ?? [];
    list.push({ personId: at.personId, reaction: value });
    byItem.set(at.itemId, list);
  });
  return byItem;
}

/** Sets this person's reaction to a celebration, or removes it when `reaction` is null. */
export function react(doc: Y.Doc, itemId: string, personId: string, reaction: ReactionKey | null): void {
  const { reactions } = boardMaps(doc);
  const key = reactionKey(itemId, personId);
  doc.transact(() => {
    if (reaction) reactions.set(key, reaction);
    else reactions.delete(key);
  }, origins.personal);
}
