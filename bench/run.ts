/**
 * npm run bench [-- <name> …]: every benchmark (or those named) on a freshly started local stack each;
 * prints a Markdown table and writes it, with the JSON figures, under bench/results/ (git-ignored).
 * A benchmark never fails because a machine is slow: it reports.
 */
import 'reflect-metadata';
import os from 'node:os';
import { apiReads } from './api-reads.bench.js';
import { auditTrail } from './audit.bench.js';
import { commands } from './commands.bench.js';
import { cohortScale } from './cohort.bench.js';
import { readModel } from './read-model.bench.js';
import { reminderThroughput } from './reminder-throughput.bench.js';
import { scale } from './scale.bench.js';
import { markdownTable, writeResults, type Benchmark, type Figure } from './support/report.js';
import { workflowOverhead } from './workflow-overhead.bench.js';

const ALL: Record<string, Benchmark> = {
  workflows: workflowOverhead,
  commands,
  reads: apiReads,
  'read-model': readModel,
  audit: auditTrail,
  scale,
  reminders: reminderThroughput,
  cohort: cohortScale,
};

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !ALL[n]);
  if (unknown.length) throw new Error(`Unknown benchmark(s) ${unknown.join(', ')}; choose from ${Object.keys(ALL).join(', ')}`);
  const startedAt = new Date();
  const figures: Figure[] = [];
  for (const name of names.length ? names : Object.keys(ALL)) {
    const t0 = Date.now();
    // The load when it starts, so a noisy run can be recognised (other work on the same cores).
    const load = os.loadavg().map((l) => l.toFixed(2)).join(' / ');
    console.error(`▶ ${ALL[name].name}… (load average ${load} over 1 / 5 / 15 min, ${os.cpus().length} cores)`);
    figures.push({ benchmark: ALL[name].name, measure: 'load average at start (1 min)', unit: '', engine: os.loadavg()[0], note: `1 / 5 / 15 min: ${load}; ${os.cpus().length} cores` });
    try {
      const got = await ALL[name].run();
      figures.push(...got);
      console.error(`${markdownTable(got)}\n(${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
    } catch (err) {
      console.error(`✖ ${ALL[name].name}: ${(err as Error).stack}`);
      figures.push({ benchmark: ALL[name].name, measure: 'failed', unit: '', engine: NaN, note: (err as Error).message.slice(0, 200) });
    }
  }
  const { markdown, files } = writeResults(figures, startedAt);
  console.log(`\n${markdown}`);
  console.log(`Written: ${files.join(', ')} (${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s in all)`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
