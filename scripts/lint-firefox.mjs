// web-ext lint on the Firefox build, with every check addons.mozilla.org
// applies to a listed add-on (no --self-hosted): fails on any error or
// warning. Solid's templates used to be its one warning (innerHTML); the
// build now makes them without parsing HTML (build/solidTemplates.ts).
import { execFileSync } from 'node:child_process';

const sourceDir = '.output/firefox-mv3';
let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (error) {
  // web-ext exits non-zero when there are errors; the JSON is still on stdout.
  output = error.stdout;
}
const report = JSON.parse(output.slice(output.indexOf('{')));
const problems = [...report.errors, ...report.warnings];
for (const m of problems) console.error(`${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column}` : ''}: ${m.message}`);
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
process.exit(problems.length > 0 ? 1 : 0);
