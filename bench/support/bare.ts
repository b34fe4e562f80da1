import { spawn } from 'node:child_process';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { projectRoot, stopProcess } from '@gov/devstack';
import type { BenchStack } from './stack.js';

/** The bare baselines' worker (bench/bare), as its own process like the engine's, on a task queue of its own. */
export async function startBareWorker(stack: BenchStack): Promise<{ taskQueue: string; stop(): Promise<void> }> {
  const taskQueue = `bare-${randomUUID()}`;
  const worker = spawn(process.execPath, [path.join(projectRoot(), 'dist/bench/bare/bare-worker.js')], {
    env: { ...stack.env, BARE_TASK_QUEUE: taskQueue },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    worker.stdout!.on('data', (c: Buffer) => c.toString().includes('bare worker ready') && resolve());
    worker.once('exit', (code) => reject(new Error(`bare worker exited (${code})`)));
  });
  worker.stdout!.resume();
  return { taskQueue, stop: () => stopProcess(worker, 'SIGTERM', 15_000) };
}
