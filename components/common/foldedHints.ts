/**
 * Which section hints this person has folded away, remembered on this device
 * (localStorage: a display preference, not board data, and never shared).
 * Every board shares it: a hint read once is read.
 */
const KEY = 'cg-folded-hints';

function read(): Set<string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []);
  } catch {
    // Unreadable (hand-edited, or storage refused): every hint shows, which loses nothing.
    return new Set();
  }
}

export const isHintFolded = (name: string): boolean => read().has(name);

export function setHintFolded(name: string, folded: boolean): void {
  const names = read();
  if (folded) names.add(name);
  else names.delete(name);
  try {
    localStorage.setItem(KEY, JSON.stringify([...names]));
  } catch {
    // Storage full or refused: the hint stays as the person left it on this page, only not remembered.
  }
}
