import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import QueryStream from 'pg-query-stream';
import { ok } from '@gov/api-client';
import { startStack, type BenchStack } from './support/stack.js';
import { latencyFigure, rateFigure, type Benchmark, type Figure } from './support/report.js';

const ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? 1_000_000);
const PROGRAMS = 1_000;
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);

/** Current resident memory of a process (Linux /proc VmRSS), in MiB. */
function rssMiB(pid: number | undefined): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

/** Reads an HTTP export to its end, counting lines, while sampling the API's memory. */
async function streamExport(stack: BenchStack, format: 'jsonl' | 'csv'): Promise<{ lines: number; seconds: number; rssBefore: number; rssPeak: number }> {
  const rssBefore = rssMiB(stack.apiProcess.pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMiB(stack.apiProcess.pid))), 100);
  const started = performance.now();
  const body = await ok(stack.client.GET('/audit/export', { params: { query: { format } }, parseAs: 'stream' }));
  if (!body) throw new Error('the export answered without a body');
  let lines = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    for (const byte of chunk) if (byte === 10) lines++;
  }
  clearInterval(sampler);
  return { lines, seconds: (performance.now() - started) / 1000, rssBefore, rssPeak };
}

/**
 * The audit trail at volume: 1,000,000 chained entries (written through the database trigger that
 * hashes and links each one), then export (JSON Lines over HTTP, streamed) against reading the
 * same rows straight from a PostgreSQL cursor; chain verification; and a filtered GET /audit.
 */
export const auditTrail: Benchmark = {
  name: 'audit trail at volume',
  async run(): Promise<Figure[]> {
    const stack = await startStack();
    try {
      await ok(stack.client.GET('/me'));
      const programs = Array.from({ length: PROGRAMS }, () => randomUUID());
      const writeStarted = performance.now();
      for (let done = 0; done < ENTRIES; done += 50_000) {
        const n = Math.min(50_000, ENTRIES - done);
        await stack.db.query(
          `INSERT INTO audit_events (type, actor_kind, actor_id, program_id, workflow_id, dedupe_key, data)
           SELECT (ARRAY['task.created','task.reminder_sent','task.completed','step.completed'])[1 + i % 4], 'system', NULL,
                  ($1::uuid[])[1 + i % ${PROGRAMS}], 'task-' || i, 'bench/' || ($2::bigint + i), jsonb_build_object('taskId', md5(i::text), 'number', i % 5)
             FROM generate_series(1, $3::int) AS i`,
          [programs, done, n],
        );
      }
      const writeSeconds = (performance.now() - writeStarted) / 1000;
      const [{ count }] = (await stack.db.query('SELECT count(*)::int AS count FROM audit_events')).rows;
      const figures: Figure[] = [rateFigure(`${count.toLocaleString('en')} audit entries`, 'chained writes (trigger hashes and links each row)', 'entries/s', count / writeSeconds)];

      // Baseline: the same rows read straight from a PostgreSQL cursor, no HTTP and no JSON.
      const client = new pg.Client({ connectionString: stack.env.DATABASE_URL });
      await client.connect();
      const baseStarted = performance.now();
      let baseRows = 0;
      for await (const _row of client.query(new QueryStream('SELECT * FROM audit_events ORDER BY seq', [], { batchSize: 1000 }))) baseRows++;
      const baseSeconds = (performance.now() - baseStarted) / 1000;
      await client.end();

      const exported = await streamExport(stack, 'jsonl');
      if (exported.lines !== count + 1) throw new Error(`export gave ${exported.lines} lines for ${count} entries`);
      const name = `export of ${count.toLocaleString('en')} entries (JSON Lines over HTTP)`;
      figures.push(
        rateFigure(name, 'entries', '/s', count / exported.seconds, baseRows / baseSeconds, 'baseline: the same rows from a PostgreSQL cursor in the benchmark process'),
        { benchmark: name, measure: 'API memory during export (before → peak)', unit: 'MiB', engine: Math.round(exported.rssPeak), baseline: Math.round(exported.rssBefore), note: 'flat: rows stream from a cursor with back-pressure' },
      );
      const csv = await streamExport(stack, 'csv');
      figures.push(rateFigure(`export of ${count.toLocaleString('en')} entries (CSV over HTTP)`, 'entries', '/s', count / csv.seconds, baseRows / baseSeconds));

      const verifyStarted = performance.now();
      const verified = await ok(stack.client.GET('/audit/verify'));
      const verifySeconds = (performance.now() - verifyStarted) / 1000;
      if (!verified.valid) throw new Error(`chain broken at ${JSON.stringify(verified.firstBroken)}`);
      const hashStarted = performance.now();
      // Summed, so PostgreSQL cannot skip computing the hashes.
      await stack.db.query(`SELECT sum(length(encode(sha256(convert_to(data::text, 'UTF8')), 'hex'))) FROM audit_events`);
      const hashSeconds = (performance.now() - hashStarted) / 1000;
      figures.push(rateFigure(`verify ${count.toLocaleString('en')} entries (GET /audit/verify)`, 'entries', '/s', count / verifySeconds, count / hashSeconds, 'baseline: one SHA-256 per row over its data alone, in SQL'));

      const cannon = async (path: string, authorized: boolean) => {
        const r = await autocannon({ url: `${stack.baseUrl}${path}`, connections: 8, duration: SECONDS, headers: authorized ? { authorization: `Bearer ${stack.token}` } : {} });
        if (r.non2xx || r.errors) throw new Error(`${path}: ${r.non2xx} non-2xx, ${r.errors} errors`);
        return r;
      };
      await cannon('/health/live', false);
      const base = await cannon('/health/live', false);
      const filtered = await cannon(`/audit?programId=${programs[7]}&type=task.*&limit=50`, true);
      const label = `GET /audit?programId&type=task.* (≈${Math.round(count / PROGRAMS)} per program of ${count.toLocaleString('en')}), c=8`;
      figures.push(
        latencyFigure(label, 'p50', filtered.latency.p50, base.latency.p50, 'baseline: GET /health/live of the same app'),
        latencyFigure(label, 'p99', filtered.latency.p99, base.latency.p99),
        rateFigure(label, 'requests', '/s', filtered.requests.average, base.requests.average),
      );
      return figures;
    } finally {
      await stack.stop();
    }
  },
};
