import { DataSource } from 'typeorm';
import { ApiTokenRepository, AuditEventRepository, dataSourceOptions, PersonEntity } from '@gov/persistence';
import { ApiTokenService } from '../apps/api/src/auth/api-token.service.js';

/**
 * Break-glass access from the machine that holds the database: issues a new API token for a
 * project-office person and prints it once, when every token of the project office has expired or
 * been lost. Recorded in the audit trail (`token.issued`, by the system).
 *   npm run issue-token -- <email> [--days N]      (N: 1–30, default 7)
 * DATABASE_URL defaults to the embedded PostgreSQL of `npm start`.
 */
const DEFAULT_URL = 'postgres://postgres:postgres@127.0.0.1:54329/governance';

async function main(args: string[]): Promise<number> {
  const email = args.find((a) => !a.startsWith('--'));
  const daysAt = args.indexOf('--days');
  const days = daysAt >= 0 ? Number(args[daysAt + 1]) : 7;
  if (!email || !Number.isInteger(days) || days < 1 || days > 30) {
    console.error('usage: npm run issue-token -- <email of a project-office person> [--days 1–30]');
    return 2;
  }
  const db = await new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? DEFAULT_URL, 2, 'governance-token-cli')).initialize();
  try {
    const person = await db.manager.findOneBy(PersonEntity, { email: email.toLowerCase() });
    if (!person || person.role !== 'project_office') {
      console.error(`No project-office person with the email ${email}.`);
      return 1;
    }
    const expiresAt = new Date(Date.now() + days * 86_400_000);
    const { token, entity } = await new ApiTokenService(new ApiTokenRepository(db)).issue(person.id, 'issued from the command line', expiresAt);
    await new AuditEventRepository(db).append({
      type: 'token.issued',
      actorKind: 'system',
      actorId: null,
      programId: null,
      workflowId: null,
      runId: null,
      dedupeKey: `cli/token/${entity.id}`,
      subjectPersonId: person.id,
      data: { tokenId: entity.id, personId: person.id, expiresAt: expiresAt.toISOString(), via: 'npm run issue-token' },
    });
    process.stdout.write(`API token for ${person.displayName} (shown this once; it expires ${expiresAt.toISOString().slice(0, 10)}): ${token}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main(process.argv.slice(2));
