// A Jest reporter that closes each run with one plain line — "unit: 96 passed, 0 failed" — and
// keeps the counts in test-artifacts/ so .ci/run can close with the total over both runs. Jest's
// own summary ("Tests: 96 passed, 96 total") names no failures, so a reader of the log's last
// lines could not tell how many tests ran and failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export default class ClosingLineReporter {
  constructor(globalConfig, options = {}) {
    this.rootDir = globalConfig.rootDir;
    this.name = options.name ?? 'tests';
  }

  onRunComplete(_contexts, results) {
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    const dir = join(this.rootDir, 'test-artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `counts-${this.name}.json`), JSON.stringify(counts));
    process.stdout.write(`\n${closingLine(this.name, counts)}\n`);
  }
}

export function closingLine(name, { passed, failed, skipped }) {
  return `${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
