import autocannon from 'autocannon';
import { ok } from '@gov/api-client';
import { inParallel, startStack, type BenchStack } from './support/stack.js';
import { latencyFigure, rateFigure, type Benchmark, type Figure } from './support/report.js';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);

async function load(stack: BenchStack, path: string, authorized: boolean): Promise<autocannon.Result> {
  const result = await autocannon({
    url: `${stack.baseUrl}${path}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: authorized ? { authorization: `Bearer ${stack.token}` } : {},
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${path}: ${result.non2xx} non-2xx answers, ${result.errors} errors under load`);
  return result;
}

export const apiReads: Benchmark = {
  name: 'API reads',
  async run(): Promise<Figure[]> {
    const stack = await startStack();
    try {
      const me = (await ok(stack.client.GET('/me'))).id as string;
      await inParallel([...Array(100).keys()], 10, async (i) => {
        await ok(stack.client.POST('/tasks', { body: { title: `Uppgift ${i}`, assigneeId: me, dueAt: new Date(Date.now() + (i + 1) * 3_600_000).toISOString() } }));
      });
      const program = await ok(stack.client.POST('/programs', { body: { templateKey: 'skola-forst', name: 'Kraftsamling Skola först' } }));
      await load(stack, '/health/live', false); // warm-up
      const base = await load(stack, '/health/live', false);
      const figures: Figure[] = [];
      for (const [label, path] of [
        ['GET /me/tasks (100 tasks, page of 20)', '/me/tasks'],
        ['GET /programs/:id (row + live workflow query)', `/programs/${program.id}`],
      ] as const) {
        const r = await load(stack, path, true);
        const name = `${label}, c=${CONNECTIONS}`;
        figures.push(
          rateFigure(name, 'requests', '/s', r.requests.average, base.requests.average, 'baseline: GET /health/live of the same app'),
          latencyFigure(name, 'p50', r.latency.p50, base.latency.p50),
          latencyFigure(name, 'p99', r.latency.p99, base.latency.p99),
        );
      }
      return figures;
    } finally {
      await stack.stop();
    }
  },
};
