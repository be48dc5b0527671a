import { afterEach, describe, expect, it } from 'vitest';
import { board as en } from '@/lib/i18n/en/board';
import { board as es } from '@/lib/i18n/es/board';
import { formatList, setFormatLocale } from '@/lib/i18n/format';

afterEach(() => setFormatLocale('en'));

describe('the board area’s messages', () => {
  it('say in English exactly what outside tests and the UI contract find', () => {
    expect(en.people).toBe('People on this board');
    expect(en.connection).toBe('Connection');
    expect(en.agreeFor('Kai', en.roleInSentence.facilitator)).toBe('Agree that Kai becomes therapist or facilitator');
    expect(en.changeRoleFor('Kai')).toBe('Change role for Kai');
    expect(en.newRoleFor('Kai')).toBe('New role for Kai');
    expect(en.leaveTitle('Sam & Alex')).toBe('Leave “Sam & Alex”?');
    expect(en.agreementSummary(1, 0, 2)).toBe('Agreements: 1 agreed by everyone · 0 waiting · 2 changed since agreed');
    expect(en.unreadableChangesFrom(en.unconfirmedDevice)).toBe(
      'Some changes sent from another device could not be read, so they were left out (they came from a device that is not confirmed).',
    );
    expect(en.undoTitle('Ctrl+Z')).toBe('Undo your last change (Ctrl+Z)');
  });

  it('read as whole Spanish sentences, with lists of names and numbers in Spanish form', () => {
    setFormatLocale('es');
    expect(es.roleVotes(formatList([es.you, 'Sam']), formatList(['Alex', 'Kai']))).toBe('De acuerdo: tú y Sam; aún no: Alex y Kai.');
    expect(es.suggestedFor('Kai', es.roleInSentence.partner)).toBe('Propuesta: Kai pasa a ser participante.');
    expect(es.agreementSummary(1200, 1, 0)).toBe('Acuerdos: 1200 con el acuerdo de todos · 1 en espera · 0 con cambios por acordar');
    expect(es.unreadableChangesFrom(formatList(['Sam', es.unconfirmedDevice]))).toContain('(venían de Sam y un dispositivo sin confirmar)');
  });
});
