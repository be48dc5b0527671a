/** The DOM id of an item's text box; also used to bring focus back after moves. */
export const itemTextId = (itemId: string) => `item-text-${itemId}`;

/**
 * Focuses an item's text box, keeping the caret where it was. Moving a DOM
 * node (a reorder) drops focus, so callers re-focus after the move.
 */
export function focusItemText(itemId: string, selection?: { start: number; end: number }): void {
  const el = document.getElementById(itemTextId(itemId));
  if (!(el instanceof HTMLTextAreaElement)) return;
  el.focus();
  if (selection) el.setSelectionRange(selection.start, selection.end);
}
