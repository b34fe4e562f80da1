import { randomUUID } from 'node:crypto';
import { ok } from '@gov/api-client';
import { startBareWorker } from './support/bare.js';
import { inParallel, quantile, startStack, type BenchStack } from './support/stack.js';
import { latencyFigure, rateFigure, type Benchmark, type Figure } from './support/report.js';

const N = Number(process.env.BENCH_WORKFLOWS ?? 300);
const CONCURRENCY = 20;

interface Run {
  wallMs: number;
  latencies: number[];
}

/** The engine: POST /tasks, POST /tasks/:id/complete, until the human-task workflow has completed. */
async function engine(stack: BenchStack, me: string): Promise<Run> {
  const latencies: number[] = [];
  const started = Date.now();
  await inParallel([...Array(N).keys()], CONCURRENCY, async (i) => {
    const t0 = performance.now();
    const task = await ok(stack.client.POST('/tasks', { body: { title: `Uppgift ${i}`, assigneeId: me, dueAt: new Date(Date.now() + 86_400_000).toISOString() } }));
    await ok(stack.client.POST('/tasks/{id}/complete', { params: { path: { id: task.id } }, body: {} }));
    await stack.temporal.workflow.getHandle(`task-${task.id}`).result();
    latencies.push(performance.now() - t0);
  });
  return { wallMs: Date.now() - started, latencies };
}

/** The baseline: a bare workflow with the same activities and update, started and completed by the Temporal client. */
async function bare(stack: BenchStack): Promise<Run> {
  const { taskQueue, stop } = await startBareWorker(stack);
  try {
    const latencies: number[] = [];
    const started = Date.now();
    await inParallel([...Array(N).keys()], CONCURRENCY, async () => {
      const t0 = performance.now();
      const handle = await stack.temporal.workflow.start('bareTask', { taskQueue, workflowId: `bare-${randomUUID()}` });
      await handle.executeUpdate('completeBare', { args: ['bench'] });
      await handle.result();
      latencies.push(performance.now() - t0);
    });
    return { wallMs: Date.now() - started, latencies };
  } finally {
    await stop();
  }
}

export const workflowOverhead: Benchmark = {
  name: 'workflow overhead',
  async run(): Promise<Figure[]> {
    const stack = await startStack();
    try {
      const me = (await ok(stack.client.GET('/me'))).id as string;
      // Warm both paths (bundles loaded, connections open) before measuring.
      await ok(stack.client.POST('/tasks', { body: { title: 'warm-up', assigneeId: me, dueAt: new Date(Date.now() + 86_400_000).toISOString() } }));
      const b = await bare(stack);
      const e = await engine(stack, me);
      const name = `human task ×${N} (c=${CONCURRENCY})`;
      return [
        rateFigure(name, 'workflows completed', '/s', (N / e.wallMs) * 1000, (N / b.wallMs) * 1000, 'baseline: bare workflow, same activities and update, Temporal client only'),
        latencyFigure(name, 'end-to-end p50', quantile(e.latencies, 0.5), quantile(b.latencies, 0.5)),
        latencyFigure(name, 'end-to-end p99', quantile(e.latencies, 0.99), quantile(b.latencies, 0.99)),
      ];
    } finally {
      await stack.stop();
    }
  },
};
