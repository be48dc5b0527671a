import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { es } from '@/lib/i18n/es';
import { pseudoCatalog, pseudoText } from '@/lib/i18n/pseudo';
import { chooseLocale } from '@/lib/i18n/locale';
import { formatBytes, formatList, formatRelative, plural, setFormatLocale } from '@/lib/i18n/format';
import { altChord, primaryChord } from '@/lib/i18n/platform';

/** Every message as [path, English, other language], functions called with sample values. */
function pairs(a: unknown, b: unknown, path = ''): [string, string, string][] {
  if (typeof a === 'string') return [[path, a, String(b)]];
  if (typeof a === 'function') {
    const args = Array.from({ length: a.length }, (_, i) => (i % 2 ? 2 : `V${i}`));
    return [[path, String((a as (...x: unknown[]) => unknown)(...args)), String((b as (...x: unknown[]) => unknown)(...args))]];
  }
  if (Array.isArray(a)) return a.flatMap((inner, i) => pairs(inner, (b as unknown[])[i], `${path}[${i}]`));
  return Object.entries(a as object).flatMap(([key, inner]) => {
    expect(b, `${path}.${key}`).toHaveProperty([key]);
    return pairs(inner, (b as Record<string, unknown>)[key], `${path}.${key}`);
  });
}

/** Words that are the same in both languages on purpose: the product's name, people's names, symbols. */
const SAME_ON_PURPOSE = new Set([
  '.common.appName',
  // The product's name before the news, which is in each language (reminders.newFrom).
  '.reminders.news',
]);

describe('message files', () => {
  it('Spanish has every message English has, each translated (not left in English)', () => {
    const all = pairs(en, es);
    expect(all.length).toBeGreaterThan(10);
    const untranslated = all.filter(([path, english, spanish]) => english === spanish && !SAME_ON_PURPOSE.has(path));
    expect(untranslated).toEqual([]);
    for (const [path, , spanish] of all) expect(spanish.trim(), path).not.toBe('');
  });

  it('the pseudo-locale accents and lengthens every message, leaving the values put into it alone', () => {
    expect(pseudoText('Add boundary')).toBe('⟦ÁÁðð bóóúúñðááŕý⟧');
    const pseudo = pseudoCatalog({ greet: (name: string) => `Hello, ${name}`, list: ['One'], nested: { word: 'Done' } });
    expect(pseudo.greet('Sam')).toBe('⟦Ĥééļļóó, Sam⟧');
    expect(pseudo.list).toEqual(['⟦ÓÓñéé⟧']);
    expect(pseudo.nested.word).toBe('⟦Ðóóñéé⟧');
    const all = pairs(en, pseudoCatalog(en));
    for (const [path, english, accented] of all) expect(accented.length, path).toBeGreaterThan(english.length);
  });

  it('picks the language the browser prefers when the panel speaks it, else English; a choice in Settings wins', () => {
    expect(chooseLocale(null, ['es-MX', 'en'])).toBe('es');
    expect(chooseLocale(null, ['de-DE', 'es'])).toBe('es');
    expect(chooseLocale(null, ['de-DE', 'fr'])).toBe('en');
    expect(chooseLocale('en', ['es-ES'])).toBe('en');
    expect(chooseLocale('es', ['en-US'])).toBe('es');
    expect(chooseLocale('', ['es'])).toBe('es');
    expect(chooseLocale('en-XA', ['es'])).toBe('en-XA');
    expect(chooseLocale('klingon', [])).toBe('en');
  });

  it('formats plurals, lists, times and sizes through Intl, per language', () => {
    const now = Date.UTC(2027, 2, 12, 12);
    try {
      setFormatLocale('en');
      expect(plural(1, { one: '# item', other: '# items' })).toBe('1 item');
      expect(plural(1200, { one: '# item', other: '# items' })).toBe('1,200 items');
      expect(formatList(['Sam', 'Alex', 'Kai'])).toBe('Sam, Alex and Kai');
      expect(formatRelative(now - 5 * 60_000, 'just now', now)).toBe('5 minutes ago');
      expect(formatRelative(now - 30 * 3600_000, 'just now', now)).toBe('yesterday');
      expect(formatBytes(12_400)).toBe('12 kB');
      setFormatLocale('es');
      expect(plural(1200, { one: '# elemento', other: '# elementos' })).toBe('1200 elementos');
      expect(formatList(['Sam', 'Alex', 'Kai'])).toBe('Sam, Alex y Kai');
      expect(formatRelative(now - 5 * 60_000, 'hace un momento', now)).toBe('hace 5 minutos');
      expect(formatRelative(now - 30 * 3600_000, 'hace un momento', now)).toBe('ayer');
      expect(formatBytes(1_300_000)).toBe('1,3 MB');
    } finally {
      setFormatLocale('en');
    }
  });

  it('writes keyboard hints the way each platform does', () => {
    expect(primaryChord('Z', true)).toBe('⌘Z');
    expect(primaryChord('Z', false)).toBe('Ctrl+Z');
    expect(altChord('↑', true)).toBe('⌥↑');
  });
});

describe('word tables read when looked up', () => {
  it('follow the language set after they were made', async () => {
    const { ROLE_NAMES } = await import('@/lib/board/agreement/roles');
    const { useLocale } = await import('@/lib/i18n/messages');
    try {
      await useLocale('es');
      expect(ROLE_NAMES.observer).toBe(es.model.roles.observer);
      expect(Object.keys(ROLE_NAMES)).toEqual(['partner', 'facilitator', 'observer']);
    } finally {
      await useLocale('en');
    }
    expect(ROLE_NAMES.observer).toBe(en.model.roles.observer);
  });
});
