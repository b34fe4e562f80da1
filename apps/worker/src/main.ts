import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { createLogger, loadConfig } from '@gov/config';
import { createWorker } from './create-worker.js';
import { WorkerModule } from './worker.module.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config, 'Worker');
  // Temporal's own log lines go through the same structured logger as everything else.
  Runtime.install({
    logger: new DefaultLogger('INFO', ({ level, message, meta }) => {
      if (level === 'ERROR') logger.error(message, meta ? JSON.stringify(meta) : undefined);
      else if (level === 'WARN') logger.warn(message);
      else logger.log(message);
    }),
  });

  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger });
  const { worker, connection } = await createWorker(app, config);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: draining the worker`);
    worker.shutdown();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  logger.log(`Worker polling task queue '${config.temporal.taskQueue}' on ${config.temporal.address} (namespace ${config.temporal.namespace})`);
  try {
    await worker.run();
  } finally {
    await connection.close();
    await app.close();
  }
  logger.log('Worker stopped');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
