import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globSync } from 'glob';
import { describe, expect, it } from 'vitest';
import { uiLiterals } from '@/tests/support/uiLiterals';

const root = join(import.meta.dirname, '../../..');

describe('words a person reads come from the message files (lib/i18n)', () => {
  const files = globSync(['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'lib/**/*.ts'], {
    cwd: root,
    ignore: ['lib/i18n/**'],
  }).sort();

  it('no component or lib file holds a user-facing literal', () => {
    const over: string[] = [];
    for (const file of files) {
      const found = uiLiterals(join(root, file));
      over.push(...found.map((literal) => `${file}:${literal.line}: ${literal.text}`));
    }
    expect(over, 'put these words in lib/i18n/en (and es), and read them through `t`').toEqual([]);
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
  });
});
