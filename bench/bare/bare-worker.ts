import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';

/** A notice of the size the engine's reminder mail has, in a table of the outbox's shape. */
const NOTICE_TEXT = 'Hej,\n\nDu har en uppgift att utföra. Öppna uppgiften: https://styrning.example.se/tasks/x\n'.repeat(3);

/** A worker for the bare baseline workflow, as its own process like the engine's worker. */
async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundle = await bundleWorkflowCode({ workflowsPath: path.join(here, 'bare.workflow.js'), logger: new DefaultLogger('WARN') });
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  // As many connections as the engine's worker pool holds (TypeORM's default, 10).
  const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const worker = await Worker.create({
    connection,
    taskQueue: process.env.BARE_TASK_QUEUE!,
    workflowBundle: bundle,
    activities: {
      noop: async () => undefined,
      writeNotice: async (key: string) => {
        await db.query(
          `INSERT INTO bench_outbox (idempotency_key, channel, recipient_id, to_address, subject, body_text, body_html)
           VALUES ($1, 'email', gen_random_uuid(), 'kontakt@example.se', $2, $3, $4) ON CONFLICT (idempotency_key) DO NOTHING`,
          [`bare-reminder:${key}`, `Påminnelse: ${key}`, NOTICE_TEXT, `<p>${NOTICE_TEXT}</p>`],
        );
      },
    },
  });
  process.once('SIGTERM', () => worker.shutdown());
  process.once('SIGINT', () => worker.shutdown());
  console.log('bare worker ready');
  await worker.run();
  await connection.close();
  await db.end();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
