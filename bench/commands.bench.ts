import pg from 'pg';
import { ok } from '@gov/api-client';
import { taskBody } from '@gov/devstack';
import { inParallel, quantile, startStack } from './support/stack.js';
import { latencyFigure, rateFigure, type Benchmark, type Figure } from './support/report.js';

const N = Number(process.env.BENCH_COMMANDS ?? 300);
const CONCURRENCY = 20;

/**
 * The command path: `POST /tasks` answered (validated, idempotency, the row, its audit entry in the
 * chain, the command recorded and the task's workflow started after the commit), against a bare
 * INSERT of the same rows through `pg` in the same run — what the engine adds to storing a task.
 */
export const commands: Benchmark = {
  name: 'commands',
  async run(): Promise<Figure[]> {
    const stack = await startStack();
    try {
      const me = (await ok(stack.client.GET('/me'))).id as string;
      const dueAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
      const body = (i: number) => taskBody({ title: `Rapportera status ${i}`, assigneeId: me, dueAt, instructions: 'Skicka in lägesrapporten för veckan.' });
      await ok(stack.client.POST('/tasks', { body: body(-1) })); // warm-up

      const engineLatencies: number[] = [];
      const engineStarted = Date.now();
      await inParallel([...Array(N).keys()], CONCURRENCY, async (i) => {
        const t0 = performance.now();
        await ok(stack.client.POST('/tasks', { body: body(i) }));
        engineLatencies.push(performance.now() - t0);
      });
      const engineMs = Date.now() - engineStarted;

      // The same rows, as the engine stored them, inserted one by one into a table of the same shape.
      await stack.db.query('CREATE UNLOGGED TABLE IF NOT EXISTS bench_tasks (LIKE tasks INCLUDING DEFAULTS INCLUDING INDEXES)');
      await stack.db.query('TRUNCATE bench_tasks');
      const rows = (await stack.db.query(`SELECT * FROM tasks WHERE title LIKE 'Rapportera status %' AND title <> 'Rapportera status -1'`)).rows as Record<string, unknown>[];
      const columns = Object.keys(rows[0]);
      const insert = `INSERT INTO bench_tasks (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
      const values = (row: Record<string, unknown>) => columns.map((c) => (row[c] !== null && typeof row[c] === 'object' && !(row[c] instanceof Date) ? JSON.stringify(row[c]) : row[c]));
      const bareLatencies: number[] = [];
      const bareStarted = Date.now();
      // The bench's pool holds two connections; the bare path gets as many as the API's pool (10).
      const pool = new pg.Pool({ connectionString: stack.env.DATABASE_URL, max: 10 });
      try {
        await inParallel(rows, CONCURRENCY, async (row) => {
          const t0 = performance.now();
          await pool.query(insert, values(row));
          bareLatencies.push(performance.now() - t0);
        });
      } finally {
        await pool.end();
      }
      const bareMs = Date.now() - bareStarted;

      const name = `POST /tasks ×${N} (c=${CONCURRENCY})`;
      return [
        rateFigure(name, 'commands answered', '/s', (N / engineMs) * 1000, (rows.length / bareMs) * 1000, 'baseline: a bare INSERT of the same rows through pg, same concurrency'),
        latencyFigure(name, 'p50', quantile(engineLatencies, 0.5), quantile(bareLatencies, 0.5)),
        latencyFigure(name, 'p99', quantile(engineLatencies, 0.99), quantile(bareLatencies, 0.99)),
      ];
    } finally {
      await stack.stop();
    }
  },
};
