import { ok } from '@gov/api-client';
import { quantile, startStack } from './support/stack.js';
import { latencyFigure, type Benchmark, type Figure } from './support/report.js';

const N = Number(process.env.BENCH_COMMANDS ?? 100);

/** From an accepted command (PATCH /tasks/:id answered) until GET /tasks/:id shows the change. */
export const readModel: Benchmark = {
  name: 'command to read model',
  async run(): Promise<Figure[]> {
    const stack = await startStack();
    try {
      const me = (await ok(stack.client.GET('/me'))).id as string;
      const task = await ok(stack.client.POST('/tasks', { body: { title: 'Flyttas', assigneeId: me, dueAt: new Date(Date.now() + 86_400_000).toISOString() } }));
      const visible: number[] = [];
      for (let i = 0; i < N; i++) {
        const dueAt = new Date(Date.now() + 2 * 86_400_000 + i * 60_000).toISOString();
        await ok(stack.client.PATCH('/tasks/{id}', { params: { path: { id: task.id } }, body: { dueAt } }));
        const accepted = performance.now();
        while ((await ok(stack.client.GET('/tasks/{id}', { params: { path: { id: task.id } } }))).dueAt !== dueAt) {
          // poll as fast as the API answers
        }
        visible.push(performance.now() - accepted);
      }
      const name = `PATCH /tasks/:id (due date) ×${N}, then GET /tasks/:id`;
      return [
        latencyFigure(name, 'accepted → visible p50', quantile(visible, 0.5), undefined, 'the update is accepted when the workflow has it; an activity writes the projection'),
        latencyFigure(name, 'accepted → visible p99', quantile(visible, 0.99)),
      ];
    } finally {
      await stack.stop();
    }
  },
};
