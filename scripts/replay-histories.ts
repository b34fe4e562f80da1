import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { projectRoot } from '@gov/devstack';
import { workflowBundlerOptions } from '../apps/worker/src/workflow-source.js';

/**
 * Replays recorded workflow histories (JSON from `temporal workflow show --output json`) against
 * the current workflow code; prints one JSON line per history and exits 1 if any fails.
 *   node dist/scripts/replay-histories.js [folder]   (default test/fixtures/histories)
 */
async function main(): Promise<void> {
  // stdout carries only the JSON result lines; Temporal's own warnings go to stderr.
  const logger = new DefaultLogger('WARN', ({ level, message }) => process.stderr.write(`${level} ${message}\n`));
  Runtime.install({ logger });
  const root = projectRoot();
  const folder = path.resolve(process.argv[2] ?? path.join(root, 'test', 'fixtures', 'histories'));
  const files = readdirSync(folder).filter((f) => f.endsWith('.json')).sort();
  const histories = files.map((f) => ({ workflowId: f.replace(/\.json$/, ''), history: JSON.parse(readFileSync(path.join(folder, f), 'utf8')) as unknown }));
  const { workflowsPath, webpackConfigHook } = workflowBundlerOptions(root);
  let failed = 0;
  for await (const result of Worker.runReplayHistories({ workflowsPath, bundlerOptions: { webpackConfigHook } }, histories)) {
    if (result.error) failed++;
    console.log(JSON.stringify({ workflowId: result.workflowId, ok: !result.error, error: result.error?.message }));
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
