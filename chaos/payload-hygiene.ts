import type { Client } from '@temporalio/client';

export interface PayloadReport {
  workflows: number;
  payloads: number;
  largestBytes: number;
  largestIn: string | null;
  /** Payloads in which a person's name or email address appears. */
  personalData: { workflowId: string; found: string }[];
}

interface RawPayload {
  metadata?: Record<string, unknown>;
  data?: Uint8Array | string | null;
}

const isPayload = (v: unknown): v is RawPayload => typeof v === 'object' && v !== null && 'data' in v && 'metadata' in v;

function bytesOf(data: RawPayload['data']): Buffer {
  if (!data) return Buffer.alloc(0);
  return typeof data === 'string' ? Buffer.from(data, 'base64') : Buffer.from(data);
}

/** Every payload anywhere in a history event (inputs, results, update arguments, markers, queries…). */
function* payloadsIn(value: unknown, seen = new Set<unknown>()): Generator<Buffer> {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (isPayload(value)) {
    yield bytesOf(value.data);
    return;
  }
  if (value instanceof Uint8Array) return;
  for (const v of Array.isArray(value) ? value : Object.values(value)) yield* payloadsIn(v, seen);
}

/**
 * Reads the history of every workflow the query finds and reports the largest payload and any
 * payload carrying personal data: the given names and email addresses (from PostgreSQL) — workflows
 * must carry ids only.
 */
export async function payloadHygiene(client: Client, query: string, personal: string[]): Promise<PayloadReport> {
  const needles = personal.filter((s) => s.length >= 4);
  const report: PayloadReport = { workflows: 0, payloads: 0, largestBytes: 0, largestIn: null, personalData: [] };
  for await (const wf of client.workflow.list({ query })) {
    report.workflows++;
    const history = await client.workflow.getHandle(wf.workflowId, wf.runId).fetchHistory();
    for (const event of history.events ?? []) {
      for (const bytes of payloadsIn(event)) {
        report.payloads++;
        if (bytes.length > report.largestBytes) {
          report.largestBytes = bytes.length;
          report.largestIn = `${wf.workflowId} (${wf.type})`;
        }
        const text = bytes.toString('utf8');
        const found = needles.find((n) => text.includes(n));
        if (found) report.personalData.push({ workflowId: wf.workflowId, found });
      }
    }
  }
  return report;
}
