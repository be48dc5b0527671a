import { afterEach, describe, expect, it } from 'vitest';
import { addItem, setCelebrationFor, setItemText, setPerson } from '@/lib/board/actions';
import { TRUST_AS_WRITTEN } from '@/lib/board/agreement/trust';
import { addCheckIn } from '@/lib/board/checkins';
import { boardToMarkdown } from '@/lib/board/review/markdown';
import { useLocale } from '@/lib/i18n/messages';
import { agreeAsWritten } from '@/tests/support/asWritten';
import { newBoardDoc } from '@/tests/support/docs';

/** A board with two partners, a boundary both agreed to, an expectation one agreed to, a celebration and check-ins. */
function board() {
  const doc = newBoardDoc('Sam & Alex');
  setPerson(doc, 'sam', { name: 'Sam' }, 1);
  setPerson(doc, 'alex', { name: 'Alex' }, 1);
  const boundary = addItem(doc, { section: 'boundary', author: 'sam', now: 2, text: 'I need quiet mornings.' });
  agreeAsWritten(doc, boundary, 'sam', 3);
  agreeAsWritten(doc, boundary, 'alex', 3);
  const expectation = addItem(doc, { section: 'expectation', author: 'sam', now: 2, text: 'We talk on Sundays.' });
  agreeAsWritten(doc, expectation, 'sam', 3);
  setItemText(doc, expectation, 'We talk on Sundays, or Saturdays.', 4, 'sam');
  agreeAsWritten(doc, expectation, 'sam', 5);
  const celebration = addItem(doc, { section: 'celebration', author: 'alex', now: 2, text: 'A calm week.' });
  setCelebrationFor(doc, celebration, 'sam');
  addCheckIn(doc, 'sam', { score: 4, statement: 'I feel close to you.' }, 6);
  addCheckIn(doc, 'alex', { score: 3, statement: '' }, 7);
  return doc;
}

const markdown = (privateNotes?: string) =>
  boardToMarkdown(board(), {
    trust: TRUST_AS_WRITTEN,
    formatDate: (time) => `day ${time}`,
    now: 9,
    ...(privateNotes ? { privateNotes } : {}),
  });

describe('the Markdown export, in the panel’s language', () => {
  afterEach(() => useLocale('en'));

  it('reads in English as it always has', () => {
    expect(markdown('Mine only.')).toBe(
      [
        '# Sam & Alex',
        '',
        'Exported day 9.',
        '',
        'People: Alex (partner), Sam (partner).',
        '',
        '## Boundaries',
        '',
        '- I need quiet mornings\\.',
        '  *Agreed by everyone*',
        '',
        '## Expectations',
        '',
        '- We talk on Sundays, or Saturdays\\.',
        '  *waiting for Alex*',
        '',
        '## Celebrations',
        '',
        '- A calm week\\.',
        '  *For Sam, added day 2*',
        '',
        '## Check-ins',
        '',
        '- day 6, Sam: Good: “I feel close to you\\.”',
        '- day 7, Alex: Okay',
        '',
        '## My private notes',
        '',
        'Mine only\\.',
        '',
      ].join('\n'),
    );
  });

  it('reads in Spanish: headings, where each agreement stands, names joined as Spanish does', async () => {
    await useLocale('es');
    const text = markdown('Solo mías.');
    expect(text).toContain('\n\nExportado el day 9.\n\n');
    // The roles are the model area's words (lib/board/agreement/roles.ts).
    expect(text).toMatch(/\nPersonas: Alex \([^)]+\) y Sam \([^)]+\)\.\n/);
    expect(text).toContain('## Límites\n\n- I need quiet mornings\\.\n  *Todos están de acuerdo*');
    expect(text).toContain('## Expectativas\n\n- We talk on Sundays, or Saturdays\\.\n  *esperando a Alex*');
    expect(text).toContain('## Celebraciones\n\n- A calm week\\.\n  *Para Sam, añadida el day 2*');
    expect(text).toMatch(/## Cómo estamos\n\n- Sam, el day 6: .+\. «I feel close to you\\.»\n- Alex, el day 7: .+\n/);
    expect(text).toContain('## Mis notas privadas\n\nSolo mías\\.');
    // What people wrote stays as they wrote it.
    expect(text).toContain('I feel close to you\\.');
    expect(text).not.toMatch(/Boundaries|Expectations|Celebrations|Check-ins|Exported|People:|waiting for|Agreed by/);
  });
});
