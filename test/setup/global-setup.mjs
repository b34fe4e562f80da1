// Starts a real PostgreSQL and a real Temporal dev server on free ports for the integration specs.
// Jest loads global setup outside its module mapper, so this file uses the compiled devstack in dist/
// (`npm run test:integration` builds first).
import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  freePort,
  projectRoot,
  resolveChromium,
  resolveMailpit,
  resolveTemporalCli,
  startEmbeddedPostgres,
  startTemporalDevServer,
} from '../../dist/libs/devstack/src/index.js';

export const STACK_KEY = '__GOVERNANCE_TEST_STACK__';

export default async function globalSetup() {
  const root = projectRoot();
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'governance-it-'));
  // The embedded cluster runs as an unprivileged user when the tests run as root.
  chmodSync(workDir, 0o755);

  const cliPath = await resolveTemporalCli({ toolsDir: path.join(root, '.tools'), log: (m) => console.log(m) });
  // The mail server of the launcher and of the browser specs that read mail as a person would.
  const mailpitPath = await resolveMailpit({ toolsDir: path.join(root, '.tools'), log: (m) => console.log(m) });
  // The browser specs drive Debian's Chromium: installed here when missing (as root on Debian).
  resolveChromium((m) => console.log(m));
  const pgPort = await freePort();
  const temporalPort = await freePort();
  const [postgres, temporal] = await Promise.all([
    startEmbeddedPostgres({ dataDir: path.join(workDir, 'postgres'), port: pgPort, database: 'governance_test' }),
    startTemporalDevServer({ cliPath, port: temporalPort, logFile: path.join(workDir, 'temporal.log') }),
  ]);

  Object.assign(process.env, {
    DATABASE_URL: postgres.url,
    TEST_PG_ADMIN_URL: postgres.adminUrl,
    TEMPORAL_ADDRESS: temporal.address,
    TEST_TEMPORAL_CLI: cliPath,
    TEST_MAILPIT_PATH: mailpitPath,
    TEST_WORK_DIR: workDir,
    LOG_LEVEL: 'warn',
  });
  globalThis[STACK_KEY] = { postgres, temporal, workDir };
}
