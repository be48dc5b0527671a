import { afterEach, describe, expect, it } from 'vitest';
import { boards as en } from '@/lib/i18n/en/boards';
import { boards as es } from '@/lib/i18n/es/boards';
import { settings as enSettings } from '@/lib/i18n/en/settings';
import { settings as esSettings } from '@/lib/i18n/es/settings';
import { board as enBoard } from '@/lib/i18n/en/board';
import { board as esBoard } from '@/lib/i18n/es/board';
import { pseudoCatalog } from '@/lib/i18n/pseudo';
import { formatBytes, formatList, setFormatLocale } from '@/lib/i18n/format';

afterEach(() => setFormatLocale('en'));

describe('the board list’s and settings’ messages', () => {
  it('say in English exactly what outside tests and the UI contract find', () => {
    expect([en.title, en.newBoard, en.joinBoard, en.savedBoards, en.importBackup, en.inviteCode, en.join]).toEqual([
      'Boards',
      'New board',
      'Join a board',
      'Saved boards',
      'Import backup',
      'Invite code',
      'Join',
    ]);
    expect([en.boardName, en.relationship, en.yourRole, en.createBoard, en.settings]).toEqual([
      'Board name',
      'Relationship',
      'Your role',
      'Create board',
      'Settings',
    ]);
    expect([enSettings.yourName, enSettings.signalingServers, enSettings.iceServers, enSettings.saveSettings]).toEqual([
      'Your name',
      'Signaling servers',
      'ICE servers',
      'Save settings',
    ]);
    expect(Object.values(enSettings.signalingChoices)).toEqual([
      'Common Ground’s defaults',
      'Only my practice’s server',
      'A list of my own',
    ]);
    expect(en.joiningNamed('Us', enBoard.roleInSentence.facilitator)).toBe('You are joining “Us” as therapist or facilitator.');
    expect(en.deleteTitle('Sam & Alex')).toBe('Delete “Sam & Alex”?');
    expect(en.sizeOnDevice(formatBytes(12_400))).toBe('12 kB on this device');
    expect(enSettings.signalingHelp(formatList(['y-webrtc-eu.fly.dev']))).toContain(
      'Common Ground’s defaults: y-webrtc-eu.fly.dev, y-webrtc’s free public server',
    );
  });

  it('place the role once in the joining sentence, in every language, so it can be shown in bold', () => {
    const slot = '\uE002';
    for (const words of [en, es, pseudoCatalog(en)]) {
      for (const sentence of [words.joiningNamed('Us', slot), words.joiningUnnamed(slot)]) {
        expect(sentence.split(slot)).toHaveLength(2);
      }
    }
  });

  it('read as whole Spanish sentences, with sizes in Spanish form', () => {
    setFormatLocale('es');
    expect(es.joiningNamed('Nosotros', esBoard.roleInSentence.partner)).toBe('Vas a unirte a «Nosotros» como participante.');
    expect(es.sizeOnDevice(formatBytes(1_300_000))).toBe('1,3 MB en este dispositivo');
    expect(es.importAdded('Nosotros')).toBe('«Nosotros» se añadió a tus tableros.');
    expect(esSettings.yourNameProblem('Escribe un nombre.')).toBe('Tu nombre: Escribe un nombre.');
  });
});
