import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createApiClient } from '@gov/api-client';
import type { AppConfig } from '@gov/config';
import { GovernanceApi, loadFastTrackDemo, loadSkolaForstDemo, SEED_ORGANIZATIONS } from '@gov/devstack';
import { ApiTokenRepository, dataSourceOptions, PersonRepository } from '@gov/persistence';
import { ApiTokenService } from '../apps/api/src/auth/api-token.service.js';

const DEMO_OFFICE_EMAIL = 'projektkontoret.demo@example.se';
const DEMO_MANAGER_EMAIL = 'ledningsgruppen.demo@example.se';

/**
 * Loads the Skola först and Fast Track demos into a running system: a demo project-office account (its token is
 * printed, like the bootstrap token) drives the API exactly as a user would.
 */
export async function loadDemoData(config: AppConfig, log: (message: string) => void): Promise<void> {
  // The API migrates the schema when it starts: wait for it first.
  await waitForApi(config.publicUrl);
  const db = await new DataSource(dataSourceOptions(config.database.url, 2, 'governance-demo')).initialize();
  const persons = new PersonRepository(db);
  const tokens = new ApiTokenService(new ApiTokenRepository(db));
  /** A demo account of a role (made once), with a fresh token to sign in with. */
  const account = async (email: string, displayName: string, role: 'project_office' | 'manager') => {
    const person = (await persons.findByEmail(email)) ?? (await persons.insert({ id: randomUUID(), displayName, email, organizationId: null, role, permissions: [], externalSubject: null, locale: 'sv' }));
    return (await tokens.issue(person.id, 'demo data', null)).token;
  };
  try {
    const token = await account(DEMO_OFFICE_EMAIL, 'Projektkontoret (demo)', 'project_office');
    const managerToken = await account(DEMO_MANAGER_EMAIL, 'Ledningsgruppen (demo)', 'manager');
    const api = new GovernanceApi(config.publicUrl, token);
    const { programId } = await loadSkolaForstDemo(api, log);
    const fastTrack = await loadFastTrackDemo(api, log);
    const contact = SEED_ORGANIZATIONS[0].contact;
    const contactPerson = await persons.findByEmail(contact.email);
    const contactToken = contactPerson ? (await tokens.issue(contactPerson.id, 'demo data', null)).token : null;
    log(`Web UI: ${config.publicUrl}/app/ — sign in with one of these demo tokens (new ones are made on every demo start):`);
    log(`  project office: ${token}`);
    if (contactToken) log(`  contact person (${contact.name}, ${SEED_ORGANIZATIONS[0].name}): ${contactToken}`);
    log(`  manager (read-only): ${managerToken}`);
    log(`  Skola först: ${config.publicUrl}/app/programs/${programId} · Fast Track cohort: ${config.publicUrl}/app/cohorts/${fastTrack.cohortId}`);
    log(`Try: curl -H "Authorization: Bearer ${token}" ${config.publicUrl}/programs/${programId}/matrix`);
    log(`     curl -H "Authorization: Bearer ${token}" "${config.publicUrl}/cohorts/${fastTrack.cohortId}/analytics?referenceCohortId=${fastTrack.referenceCohortId}"`);
  } finally {
    await db.destroy();
  }
}

/** Resolves once the API answers /health/live. */
export async function waitForApi(baseUrl: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const client = createApiClient({ baseUrl });
  while (!(await client.GET('/health/live', { parseAs: 'text' }).catch(() => undefined))?.response.ok) {
    if (Date.now() > deadline) throw new Error(`The API did not come up at ${baseUrl} within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
