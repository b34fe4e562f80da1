import type { INestApplicationContext } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { AppConfig } from '@gov/config';
import { dataConverter } from '@gov/temporal';
import { ACTIVITY_SERVICES } from './worker.module.js';
import { workflowSource } from './workflow-source.js';

/** Every public method of every activity service, bound to its Nest-managed instance. */
export function collectActivities(app: INestApplicationContext): Record<string, (...args: unknown[]) => Promise<unknown>> {
  const activities: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const type of ACTIVITY_SERVICES) {
    const service = app.get(type) as unknown as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(Object.getPrototypeOf(service))) {
      const member = service[name];
      if (name === 'constructor' || typeof member !== 'function') continue;
      if (activities[name]) throw new Error(`Activity ${name} is declared twice`);
      activities[name] = (member as (...args: unknown[]) => Promise<unknown>).bind(service);
    }
  }
  return activities;
}

export interface RunningWorker {
  worker: Worker;
  connection: NativeConnection;
}

export async function createWorker(app: INestApplicationContext, config: AppConfig): Promise<RunningWorker> {
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  try {
    const worker = await Worker.create({
      connection,
      namespace: config.temporal.namespace,
      taskQueue: config.temporal.taskQueue,
      activities: collectActivities(app),
      dataConverter: dataConverter(config.temporal.payloadGuard),
      ...(config.temporal.maxCachedWorkflows === undefined ? {} : { maxCachedWorkflows: config.temporal.maxCachedWorkflows }),
      ...workflowSource(config.temporal.workflowBundlePath),
    });
    return { worker, connection };
  } catch (err) {
    await connection.close();
    throw err;
  }
}
