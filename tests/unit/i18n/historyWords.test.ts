import { afterEach, describe, expect, it } from 'vitest';
import { t, useLocale } from '@/lib/i18n/messages';

describe('the history area’s words', () => {
  afterEach(() => useLocale('en'));

  it('keep English lists of names as they always were (outside tests read "with Sam, Alex")', () => {
    expect(t.history.sessionWith('Sam', 'Alex')).toBe('with Sam, Alex');
    expect(t.history.sinceWith('12 Mar 2027', 'you', 'Alex', 'Kai')).toBe('Since 12 Mar 2027, with you, Alex, Kai.');
    expect(t.history.printed('12 Mar 2027', 'Sam', 'Alex')).toBe('Printed 12 Mar 2027. People: Sam, Alex.');
    expect(t.history.session('12 Mar 2027', '3:05 PM', 45)).toBe('12 Mar 2027, 3:05 PM (45 min)');
  });

  it('join names and count minutes as Spanish does', async () => {
    await useLocale('es');
    expect(t.history.sessionWith('Sam', 'Alex')).toBe('con Sam y Alex');
    expect(t.history.sinceWith('12 mar 2027', t.history.you, 'Alex')).toBe('Desde el 12 mar 2027. En esa sesión: tú y Alex.');
    expect(t.history.printed('12 mar 2027', 'Sam', 'Alex', 'Kai')).toBe('Impreso el 12 mar 2027. Personas: Sam, Alex y Kai.');
    expect(t.history.session('12 mar 2027', '15:05', 1)).toBe('12 mar 2027, 15:05 (1 minuto)');
    expect(t.history.session('12 mar 2027', '15:05', 45)).toBe('12 mar 2027, 15:05 (45 minutos)');
    expect(t.history.changes.edited.by('Sam')).toBe('Sam cambió');
  });
});
