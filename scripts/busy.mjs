#!/usr/bin/env node
// Runs a command while two busy processes hog both cores: `node scripts/busy.mjs [--runs N] [--hogs N] -- npm test`.
// The hogs are bounded (BUSY_MAX_MINUTES, default 180) and stop with the last run; the exit code is
// the first failing run's, or 0 when every run passed.
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';

const args = process.argv.slice(2);
const split = args.indexOf('--');
if (split < 0 || split === args.length - 1) {
  console.error('usage: node scripts/busy.mjs [--runs N] [--hogs N] -- <command> [args…]');
  process.exit(2);
}
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i < split ? Number(args[i + 1]) : fallback;
};
const runs = option('--runs', 1);
const hogCount = option('--hogs', os.availableParallelism());
const maxMs = Number(process.env.BUSY_MAX_MINUTES ?? 180) * 60_000;
const [command, ...commandArgs] = args.slice(split + 1);

const hogs = Array.from({ length: hogCount }, () => spawn(process.execPath, ['-e', `const end = Date.now() + ${maxMs}; while (Date.now() < end) {}`], { stdio: 'ignore' }));
const stop = () => hogs.forEach((h) => h.kill('SIGKILL'));
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
console.error(`busy: ${hogCount} CPU hogs running (at most ${maxMs / 60_000} min); ${runs} run(s) of: ${[command, ...commandArgs].join(' ')}`);

let failed = 0;
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const { status } = spawnSync(command, commandArgs, { stdio: 'inherit', shell: false });
  console.error(`busy: run ${run} of ${runs} exited ${status} after ${((Date.now() - started) / 60_000).toFixed(1)} min (load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  if (status !== 0 && !failed) failed = status ?? 1;
}
stop();
process.exit(failed);
