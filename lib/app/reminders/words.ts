/**
 * What the toolbar button and the notifications say about what is due. Kept
 * together so the words can move to the message files as one. Neither
 * names a board nor quotes its words: a notification can show on a locked
 * or shared screen.
 */

/** The manifest's `action.default_title` (wxt.config.ts): what the button says when nothing is due. */
export const ACTION_TITLE = 'Open Common Ground';

const things = (count: number) => (count === 1 ? '1 thing' : `${count} things`);

/** The button's title: what the number on it counts, in plain words. */
export const actionTitle = (count: number) =>
  count === 0 ? ACTION_TITLE : `Common Ground: ${things(count)} due for a revisit or check-in`;

/** The number on the button (empty when nothing is due); a badge has room for about four characters. */
export const badgeText = (count: number) => (count === 0 ? '' : count > 99 ? '99+' : String(count));

export const NOTIFICATION_TITLE = 'Common Ground';

/** A notification's words for what came due since the last look (at least one of the two). */
export function cameDueWords(due: { revisits: number; checkIns: number }): string {
  const parts: string[] = [];
  if (due.revisits > 0) {
    parts.push(due.revisits === 1 ? 'an agreement to look at again together' : `${due.revisits} agreements to look at again together`);
  }
  if (due.checkIns > 0) parts.push(due.checkIns === 1 ? 'a check-in' : `${due.checkIns} check-ins`);
  return `When it suits you: ${parts.join(' and ')}.`;
}
