import { afterEach, describe, expect, it } from 'vitest';
import { cadenceWords } from '@/components/checkins/cadence';
import { CADENCE_DAYS } from '@/lib/board/agreement/revisit';
import { t, useLocale } from '@/lib/i18n/messages';
import { describeSaveError } from '@/lib/store/saveErrors';
import { parseBackup } from '@/lib/store/backup/backup';

describe('the check-ins’ and storage’s words, read in the panel’s language', () => {
  afterEach(() => useLocale('en'));

  it('names every cadence a board can choose, and any other number of days, in English as before', () => {
    expect(CADENCE_DAYS.map((days) => cadenceWords(days))).toEqual([
      'every week',
      'every 2 weeks',
      'every month',
      'every 3 months',
      'every 6 months',
      'every year',
    ]);
    expect(cadenceWords(1)).toBe('every 1 day');
    expect(cadenceWords(10)).toBe('every 10 days');
    expect(t.checkins.chart.personSummary('Sam', 1, 'Good', '12 Mar 2027')).toBe('Sam: 1 check-in, most recently good on 12 Mar 2027.');
    expect(t.checkins.chart.personSummary('Alex', 3, 'Okay', '1 Apr 2027')).toBe('Alex: 3 check-ins, most recently okay on 1 Apr 2027.');
  });

  it('and in Spanish once the panel speaks it, read where they are shown', async () => {
    await useLocale('es');
    expect(cadenceWords(7)).toBe('cada semana');
    expect(cadenceWords(1)).toBe('cada día');
    expect(cadenceWords(10)).toBe('cada 10 días');
    expect(t.checkins.rhythm.summary(cadenceWords(30), cadenceWords(7))).toBe(
      'El ritmo de este tablero: revisar los acuerdos cada mes; contar cómo estamos cada semana',
    );
    expect(describeSaveError({ name: 'QuotaExceededError' })).toMatch(/^Tu dispositivo se ha quedado sin espacio/);
    expect(parseBackup('{')).toEqual({ ok: false, error: t.store.backup.notJson });
    expect(t.store.backup.notJson).toMatch(/^Este archivo no es una copia de seguridad de Common Ground/);
  });
});
