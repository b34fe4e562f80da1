import { ok } from '@gov/api-client';
import { cpuSeconds, inParallel, peakRssMiB, startStack, waitFor, type BenchStack } from './support/stack.js';
import { rateFigure, type Benchmark, type Figure } from './support/report.js';

const N = Number(process.env.BENCH_OPEN_TASKS ?? 10_000);
const CONCURRENCY = 32;

interface ScaleRun {
  seconds: number;
  peaks: (number | undefined)[];
  cpu: (number | undefined)[];
}

/** A human task has run its first workflow task once its history goes past WorkflowTaskCompleted (its timer is set). */
async function hasRun(stack: BenchStack, taskId: string): Promise<boolean> {
  const d = await stack.temporal.workflow.getHandle(`task-${taskId}`).describe();
  return d.historyLength >= 5;
}

/**
 * N open tasks with pending reminder timers (due in 30 days, default policy), made through the API;
 * done when the worker has run every task's first step. Temporal hands out workflow tasks in order, so
 * that is observed on the last 20 tasks made plus 30 others drawn at random.
 */
async function run(workers: number): Promise<ScaleRun> {
  const stack = await startStack({ workers });
  try {
    const me = (await ok(stack.client.GET('/me'))).id as string;
    const ids: string[] = [];
    const started = Date.now();
    await inParallel([...Array(N).keys()], CONCURRENCY, async (i) => {
      const task = await ok(stack.client.POST('/tasks', { body: { title: `Öppen uppgift ${i}`, assigneeId: me, dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString() } }));
      ids.push(task.id);
    });
    const sample = [...ids.slice(-20), ...Array.from({ length: 30 }, () => ids[Math.floor(Math.random() * ids.length)])];
    await waitFor(async () => (await Promise.all(sample.map((id) => hasRun(stack, id)))).every(Boolean), 30 * 60_000, `${N} task workflows to start`, 250);
    const seconds = (Date.now() - started) / 1000;
    return { seconds, peaks: stack.workers.map(peakRssMiB), cpu: stack.workers.map(cpuSeconds) };
  } finally {
    await stack.stop();
  }
}

export const scale: Benchmark = {
  name: 'scale',
  async run(): Promise<Figure[]> {
    const one = await run(1);
    const two = await run(2);
    const name = `${N} open tasks with pending timers`;
    const list = (xs: (number | undefined)[], unit: string) => xs.map((x) => (x === undefined ? 'n/a' : `${x} ${unit}`)).join(' + ');
    return [
      rateFigure(name, 'tasks started, 2 workers vs 1', '/s', N / two.seconds, N / one.seconds, `baseline: 1 worker (${one.seconds.toFixed(1)} s); 2 workers ${two.seconds.toFixed(1)} s`),
      rateFigure(name, 'worker peak RSS, 1 worker', 'MiB', one.peaks[0] ?? NaN, undefined, `CPU ${list(one.cpu, 's')}`),
      rateFigure(name, 'worker peak RSS, 2 workers (max)', 'MiB', Math.max(...two.peaks.map((p) => p ?? NaN)), undefined, `each ${list(two.peaks, 'MiB')}; CPU ${list(two.cpu, 's')}`),
    ];
  },
};
