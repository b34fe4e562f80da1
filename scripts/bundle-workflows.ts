import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, DefaultLogger } from '@temporalio/worker';
import { projectRoot } from '@gov/devstack';
import { workflowBundlerOptions } from '../apps/worker/src/workflow-source.js';

/** Writes dist/workflow-bundle.js; the bundler itself rejects Node built-ins in workflow code. */
async function main(): Promise<void> {
  const root = projectRoot();
  const { code } = await bundleWorkflowCode({ ...workflowBundlerOptions(root), logger: new DefaultLogger('WARN') });
  const target = path.join(root, 'dist', 'workflow-bundle.js');
  writeFileSync(target, code);
  console.log(`Workflow bundle written to ${path.relative(root, target)} (${Math.round(code.length / 1024)} KiB)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
