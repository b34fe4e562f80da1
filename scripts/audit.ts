import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { DataSource } from 'typeorm';
import { ChainChecker, type ChainedAuditEntry } from '@gov/domain';
import { AuditLog, dataSourceOptions } from '@gov/persistence';

/**
 * The audit trail from the command line:
 *   npm run audit -- verify               walk the chain in the database; exit 1 at the first broken entry
 *   npm run audit -- verify-export FILE   check a JSON Lines export on its own (hashes and links), and,
 *                                         when the database is reachable, that it still holds the same entries
 * DATABASE_URL defaults to the embedded PostgreSQL of `npm start`.
 */
const DEFAULT_URL = 'postgres://postgres:postgres@127.0.0.1:54329/governance';

async function database(): Promise<DataSource> {
  return new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? DEFAULT_URL, 2, 'governance-audit-cli')).initialize();
}

async function verify(): Promise<number> {
  const db = await database();
  try {
    const result = await new AuditLog(db).verify();
    console.log(JSON.stringify(result, null, 2));
    return result.valid ? 0 : 1;
  } finally {
    await db.destroy();
  }
}

async function verifyExport(file: string): Promise<number> {
  const checker = new ChainChecker();
  let head: { headSeq: string; headHash: string | null } | undefined;
  const entries: Pick<ChainedAuditEntry, 'seq' | 'hash'>[] = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const parsed = JSON.parse(line);
    if (parsed.chain) {
      head = parsed.chain;
      continue;
    }
    const broken = checker.check(parsed as ChainedAuditEntry);
    if (broken) {
      console.log(JSON.stringify({ valid: false, file, firstBroken: broken }, null, 2));
      return 1;
    }
    entries.push({ seq: parsed.seq, hash: parsed.hash });
  }
  const report: Record<string, unknown> = { valid: true, file, entries: checker.checked, chainHead: head };
  // Against the database: every exported entry must still be there, unchanged.
  const db = await database().catch(() => undefined);
  if (db) {
    try {
      let changed: string | null = null;
      for (let i = 0; i < entries.length && !changed; i += 10_000) {
        const batch = entries.slice(i, i + 10_000);
        // The hash of what the database holds now, recomputed from its content: a changed or missing row differs.
        const rows: { seq: string; hash: string }[] = await db.query('SELECT e.seq::text AS seq, audit_entry_hash(e) AS hash FROM audit_events e WHERE e.seq = ANY($1::bigint[])', [batch.map((e) => e.seq)]);
        const stored = new Map(rows.map((r) => [r.seq, r.hash]));
        changed = batch.find((e) => stored.get(String(e.seq)) !== e.hash)?.seq.toString() ?? null;
      }
      report.database = changed ? { matches: false, firstDifferentSeq: changed } : { matches: true };
      if (changed) report.valid = false;
    } finally {
      await db.destroy();
    }
  }
  console.log(JSON.stringify(report, null, 2));
  return report.valid ? 0 : 1;
}

const [command, file] = process.argv.slice(2);
const run = command === 'verify' ? verify() : command === 'verify-export' && file ? verifyExport(file) : Promise.resolve(-1);
run
  .then((code) => {
    if (code === -1) {
      console.error('usage: npm run audit -- verify | verify-export FILE.jsonl');
      process.exit(2);
    }
    process.exit(code);
  })
  .catch((err) => {
    console.error((err as Error).message);
    process.exit(2);
  });
