import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@gov/config';
import { GovernanceApi, loadFastTrackDemo, loadSkolaForstDemo } from '@gov/devstack';
import { ApiTokenRepository, dataSourceOptions, PersonRepository } from '@gov/persistence';
import { ApiTokenService } from '../apps/api/src/auth/api-token.service.js';

const DEMO_OFFICE_EMAIL = 'projektkontoret.demo@example.se';

/**
 * Loads the Skola först and Fast Track demos into a running system: a demo project-office account (its token is
 * printed, like the bootstrap token) drives the API exactly as a user would.
 */
export async function loadDemoData(config: AppConfig, log: (message: string) => void): Promise<void> {
  // The API migrates the schema when it starts: wait for it first.
  await waitForApi(config.publicUrl);
  const db = await new DataSource(dataSourceOptions(config.database.url, 2, 'governance-demo')).initialize();
  let token: string;
  try {
    const persons = new PersonRepository(db);
    const office =
      (await persons.findByEmail(DEMO_OFFICE_EMAIL)) ??
      (await persons.insert({ id: randomUUID(), displayName: 'Projektkontoret (demo)', email: DEMO_OFFICE_EMAIL, organizationId: null, role: 'project_office', permissions: [], externalSubject: null, locale: 'sv' }));
    token = (await new ApiTokenService(new ApiTokenRepository(db)).issue(office.id, 'demo data', null)).token;
  } finally {
    await db.destroy();
  }
  const api = new GovernanceApi(config.publicUrl, token);
  const { programId } = await loadSkolaForstDemo(api, log);
  const fastTrack = await loadFastTrackDemo(api, log);
  log(`Demo project-office token (store it; a new one is made on every demo start): ${token}`);
  log(`Try: curl -H "Authorization: Bearer ${token}" ${config.publicUrl}/programs/${programId}/matrix`);
  log(`     curl -H "Authorization: Bearer ${token}" "${config.publicUrl}/cohorts/${fastTrack.cohortId}/analytics?referenceCohortId=${fastTrack.referenceCohortId}"`);
}

async function waitForApi(baseUrl: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fetch(`${baseUrl}/health/live`).catch(() => undefined))?.ok) {
    if (Date.now() > deadline) throw new Error(`The API did not come up at ${baseUrl} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
