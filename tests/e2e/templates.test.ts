import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, transform } from 'esbuild';
import { chromium } from 'playwright-core';
import solid from 'vite-plugin-solid';
import { describe, expect, it } from 'vitest';
import { parseTemplate, templateCalls } from '@/scripts/solidTemplates';
import { chromiumPath } from '@/tests/e2e/support/chromium';

/**
 * scripts/solidTemplates.ts turns Solid's template strings into trees when the
 * extension is built, with parse5. Solid walks each copy by firstChild and
 * nextSibling, so the built nodes must be exactly the ones the browser's own
 * parser makes from the string: this compiles every component as the build
 * does and compares, in Chromium, each template made both ways.
 */

const componentFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? componentFiles(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : [],
  );

/** Every template() call in the components, as vite-plugin-solid and then esbuild (Vite's order) leave them. */
async function compiledTemplates() {
  const plugin = solid() as unknown as {
    configResolved(config: object): void;
    transform(this: object, code: string, id: string, options: object): Promise<{ code: string }>;
  };
  plugin.configResolved({ command: 'build', mode: 'production' });
  const calls = [];
  for (const file of [...componentFiles('components'), ...componentFiles('entrypoints')]) {
    const id = resolve(file);
    const compiled = await plugin.transform.call({}, readFileSync(id, 'utf8'), id, { ssr: false });
    const { code } = await transform(compiled.code, { loader: 'ts' });
    for (const call of templateCalls(code, file)) calls.push({ file, ...call, tree: parseTemplate(call.html, call.isSVG, file) });
  }
  return calls;
}

/** components/common/domTemplate.ts as a script for the page (solid-js's browser build inside). */
async function runtimeScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { template } from './components/common/domTemplate.ts'; window.cgTemplate = template;",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    conditions: ['browser'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe.runIf(!!chromiumPath || !!process.env.CI)('Solid templates built without HTML (scripts/solidTemplates.ts)', () => {
  it('every template of the components gives, node for node, what Chromium parses from its string', async () => {
    const calls = await compiledTemplates();
    expect(calls.length).toBeGreaterThan(100);
    expect(calls.some((call) => call.isSVG)).toBe(true);

    const browser = await chromium.launch({ headless: true, executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: await runtimeScript() });
      const results = await page.evaluate(
        (templates) => {
          const make = (window as unknown as { cgTemplate: (tree: unknown, isImportNode?: boolean) => () => Node }).cgTemplate;
          // What Solid's own template() returns for the string.
          const solidWay = (html: string, isSVG: boolean) => {
            const holder = document.createElement('template');
            holder.innerHTML = html;
            return isSVG ? holder.content.firstChild!.firstChild! : holder.content.firstChild!;
          };
          return templates.map(({ html, isSVG, isImportNode, tree }) => {
            const ours = make(JSON.parse(tree), isImportNode)();
            const theirs = solidWay(html, isSVG);
            // isEqualNode compares names, namespaces, attributes and every child; the markup shows what differs.
            return ours.isEqualNode(theirs) ? null : `${(ours as Element).outerHTML} vs ${(theirs as Element).outerHTML}`;
          });
        },
        calls.map(({ html, isSVG, isImportNode, tree }) => ({ html, isSVG, isImportNode, tree: JSON.stringify(tree) })),
      );
      const differences = calls.flatMap((call, i) => (results[i] ? [`${call.file}: ${call.html}\n  ${results[i]}`] : []));
      expect(differences).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
