/**
 * npm run chaos: the fault-injection suite. Starts the whole system as separate processes (embedded
 * PostgreSQL, the Temporal dev server on SQLite, an SMTP sink, API, worker, notifier), runs a load
 * under each fault, checks the invariants against PostgreSQL, Temporal and the SMTP sink, and prints
 * a table; it exits 1 when an invariant did not hold. `CHAOS_SCALE=reduced` runs the small version
 * that `npm test` also runs.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '@gov/devstack';
import { cpuStarvation, crashBeforeDelivery, daylightSaving, determinismOverTime, slowCommits, idempotentCommands, payloadHygieneScenario, postgresOutage, smtpFailures, temporalRestarts, workerKills, type ScenarioResult } from './scenarios.js';
import { ChaosStack } from './stack.js';

export const SCALES = {
  full: { kills: [500, 20, 3], restarts: [200, 10], outage: [100, 60_000], smtp: [200, 0.3, 5], parallel: 50, cpu: [200, 180_000], slow: 40, crashes: 50 },
  reduced: { kills: [40, 4, 1], restarts: [30, 2], outage: [20, 8_000], smtp: [30, 0.3, 2], parallel: 50, cpu: [30, 60_000], slow: 8, crashes: 6 },
} as const;

export function chaosTable(results: ScenarioResult[]): string {
  const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    row(['scenario', 'faults injected', 'work done', 'lost', 'duplicated', 'figure', 'invariants']),
    row(Array(7).fill('---')),
    ...results.map((r) => row([r.scenario, r.faults, r.work, r.lost, r.duplicated, r.figure, r.ok ? 'hold' : 'BROKEN'])),
  ].join('\n');
}

/** Runs every scenario at a scale on one stack; each result as soon as it is known. */
export async function runChaos(scale: keyof typeof SCALES, onResult: (r: ScenarioResult) => void = () => undefined, options: { determinism?: boolean } = {}): Promise<ScenarioResult[]> {
  const s = SCALES[scale];
  const results: ScenarioResult[] = [];
  const add = (r: ScenarioResult) => {
    results.push(r);
    onResult(r);
  };
  const stack = await ChaosStack.start();
  try {
    add(await idempotentCommands(stack, s.parallel));
    add(await smtpFailures(stack, s.smtp[0], s.smtp[1], s.smtp[2]));
    add(await workerKills(stack, s.kills[0], s.kills[1], s.kills[2]));
    add(await temporalRestarts(stack, s.restarts[0], s.restarts[1]));
    add(await postgresOutage(stack, s.outage[0], s.outage[1]));
    add(await payloadHygieneScenario(stack));
    add(await slowCommits(stack, s.slow));
    add(await crashBeforeDelivery(stack, s.crashes));
    add(await cpuStarvation(stack, s.cpu[0], s.cpu[1]));
  } finally {
    await stack.stop();
  }
  add(daylightSaving());
  if (options.determinism !== false) add(await determinismOverTime());
  return results;
}

async function main(): Promise<void> {
  const scale = process.env.CHAOS_SCALE === 'reduced' ? 'reduced' : 'full';
  const started = Date.now();
  const results = await runChaos(scale, (r) => console.error(`${r.ok ? '✔' : '✖'} ${r.scenario}: ${r.figure}; lost ${r.lost}; duplicated ${r.duplicated}`));
  const table = chaosTable(results);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const out = `Chaos run ${new Date(started).toISOString()} (${scale}, ${minutes} min)\n\n${table}\n`;
  console.log(`\n${out}`);
  const dir = path.join(projectRoot(), 'test-artifacts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `chaos-${new Date(started).toISOString().replace(/[:.]/g, '-')}.md`), out);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(err);
    process.exit(2);
  });
}
