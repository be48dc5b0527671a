/** The platform's usual undo and redo chords (Ctrl on Linux and Windows, Cmd on macOS). */
const primary = (event: KeyboardEvent) => event.ctrlKey || event.metaKey;

export const isUndoKey = (event: KeyboardEvent) => primary(event) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';

export const isRedoKey = (event: KeyboardEvent) =>
  primary(event) &&
  !event.altKey &&
  ((event.shiftKey && event.key.toLowerCase() === 'z') || (!event.shiftKey && event.key.toLowerCase() === 'y'));
