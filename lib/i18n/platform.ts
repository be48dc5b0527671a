/**
 * Keyboard hints in the person's platform's words: ⌘ on macOS, Ctrl
 * elsewhere. The keys themselves work either way (components/common/keys.ts).
 */
export function isMac(nav: { platform?: string; userAgentData?: { platform?: string } } = globalThis.navigator ?? {}): boolean {
  const platform = nav.userAgentData?.platform || nav.platform || '';
  return /mac/i.test(platform);
}

/** "Ctrl+Z" or "⌘Z": a chord with the primary modifier. */
export const primaryChord = (key: string, mac = isMac()): string => (mac ? `⌘${key}` : `Ctrl+${key}`);
/** "Ctrl+Shift+Z" or "⇧⌘Z". */
export const primaryShiftChord = (key: string, mac = isMac()): string => (mac ? `⇧⌘${key}` : `Ctrl+Shift+${key}`);
/** "Alt+↑" or "⌥↑". */
export const altChord = (key: string, mac = isMac()): string => (mac ? `⌥${key}` : `Alt+${key}`);
