// Prints the total over the Jest runs this checkout just made (test-artifacts/counts-*.json,
// written by test/support/closing-line-reporter.mjs): ".ci/run" ends with it.
import { readdirSync, readFileSync } from 'node:fs';
import { closingLine } from '../test/support/closing-line-reporter.mjs';

const dir = new URL('../test-artifacts/', import.meta.url);
const total = { passed: 0, failed: 0, skipped: 0 };
for (const file of readdirSync(dir).filter((f) => /^counts-.+\.json$/.test(f))) {
  const counts = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
  for (const key of Object.keys(total)) total[key] += counts[key] ?? 0;
}
console.log(closingLine('tests', total));
