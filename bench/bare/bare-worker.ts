import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';

/** A worker for the bare baseline workflow, as its own process like the engine's worker. */
async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundle = await bundleWorkflowCode({ workflowsPath: path.join(here, 'bare.workflow.js'), logger: new DefaultLogger('WARN') });
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  const worker = await Worker.create({
    connection,
    taskQueue: process.env.BARE_TASK_QUEUE!,
    workflowBundle: bundle,
    activities: { noop: async () => undefined },
  });
  process.once('SIGTERM', () => worker.shutdown());
  process.once('SIGINT', () => worker.shutdown());
  console.log('bare worker ready');
  await worker.run();
  await connection.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
