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
  'components/boards/BoardListView.tsx': 6,
  'components/boards/BoardRow.tsx': 10,
  'components/boards/ImportBackup.tsx': 5,
  'components/boards/JoinForm.tsx': 8,
  'components/boards/NewBoardForm.tsx': 9,
  'components/history/BoardSnapshot.tsx': 2,
  'components/history/ExportPanel.tsx': 9,
  'components/history/HistoryPanel.tsx': 12,
  'components/history/PrintView.tsx': 3,
  'components/history/WhatChanged.tsx': 11,
  'components/history/WordDiff.tsx': 2,
  'components/items/CelebrationFor.tsx': 4,
  'components/items/DueForRevisit.tsx': 6,
  'components/items/ItemActions.tsx': 5,
  'components/items/ItemCard.tsx': 3,
  'components/items/ItemChoicePanel.tsx': 7,
  'components/items/ItemConsent.tsx': 15,
  'components/items/PromptList.tsx': 2,
  'components/items/SectionView.tsx': 3,
  'components/settings/SettingsView.tsx': 21,
  'components/settings/YourNameField.tsx': 2,
  'lib/board/agreement/roles.ts': 6,
  'lib/board/checkins.ts': 5,
  'lib/board/meta.ts': 1,
  'lib/board/migrate.ts': 1,
  'lib/board/people/colours.ts': 8,
  'lib/board/people/names.ts': 2,
  'lib/board/practice/phrasing.ts': 1,
  'lib/board/practice/prompts.ts': 62,
  'lib/board/reactions.ts': 4,
  'lib/board/read.ts': 1,
  'lib/board/review/markdown.ts': 11,
  'lib/board/textInput/seen.ts': 1,
  'lib/board/textInput/splice.ts': 2,
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
