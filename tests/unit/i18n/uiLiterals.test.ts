import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { globSync } from 'glob';
import { describe, expect, it } from 'vitest';
import { uiLiterals } from '@/tests/support/uiLiterals';

const root = join(import.meta.dirname, '../../..');

/**
 * Files whose words are not in the message files yet, with how many
 * literals each still holds. TODO(issue 18): this list only shrinks; a file
 * leaves it when its count reaches 0, and the issue is done when it is empty.
 */
const NOT_YET: Record<string, number> = {
  'components/checkins/CheckInChart.tsx': 7,
  'components/checkins/CheckIns.tsx': 13,
  'components/checkins/PrivateNotes.tsx': 6,
  'components/checkins/RhythmSettings.tsx': 6,
  'components/checkins/SessionBar.tsx': 6,
  'lib/store/backup/backup.ts': 10,
  'lib/store/boards.ts': 1,
  'lib/store/device.ts': 2,
  'lib/store/saveErrors.ts': 3,
  'lib/store/sessions.ts': 2,
  'lib/store/updateLog.ts': 1,
};

describe('words a person reads come from the message files (lib/i18n)', () => {
  const files = globSync(['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'lib/**/*.ts'], {
    cwd: root,
    ignore: ['lib/i18n/**'],
  }).sort();

  it('no component or lib file holds a user-facing literal (beyond the files not translated yet)', () => {
    const over: string[] = [];
    const counts: Record<string, number> = {};
    for (const file of files) {
      const found = uiLiterals(join(root, file));
      if (found.length) counts[file] = found.length;
      if (found.length > (NOT_YET[file] ?? 0)) {
        over.push(...found.map((literal) => `${file}:${literal.line}: ${literal.text}`));
      }
    }
    expect(over, 'put these words in lib/i18n/en (and es), and read them through `t`').toEqual([]);
    // A file that got better must say so here, so the list only ever shrinks.
    for (const [file, count] of Object.entries(NOT_YET)) expect(counts[file] ?? 0, file).toBe(count);
    // Parsing ~300 files takes a few seconds on a busy 2-core machine.
  }, 60_000);

  it('finds JSX text, text props, and words in strings; not class names, keys or ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-literals-'));
    const file = join(dir, 'Sample.tsx');
    writeFileSync(
      file,
      [
        `const error = 'Something went wrong.';`,
        `const key = { Enter: 1 };`,
        `if (event.key === 'Escape') close();`,
        `console.error('Common Ground: setup failed');`,
        `export const Sample = () => (`,
        `  <section class="card invite" id="x" aria-labelledby="y">`,
        `    <h2>Invite someone</h2>`,
        `    <button aria-label="Undo" title={'Undo your last edit'}>↶</button>`,
        `    <Box copyLabel="Copy" label={\`Copy \${name}\`} />`,
        `    {' · '}{t.common.justNow}`,
        `  </section>`,
        `);`,
      ].join('\n'),
    );
    expect(uiLiterals(file).map(({ line, text }) => `${line} ${text}`)).toEqual([
      '1 Something went wrong.',
      '7 Invite someone',
      '8 "Undo"',
      "8 'Undo your last edit'",
      '9 "Copy"',
      '9 `Copy ${name}`',
    ]);
    expect(relative(root, file)).not.toBe('');
  });
});
