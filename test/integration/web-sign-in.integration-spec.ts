import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ok } from '@gov/api-client';
import type { Browser } from 'playwright-core';
import { freePort } from '@gov/devstack';
import { checkPage, launchBrowser } from '../support/browser.js';
import { startOidcProviderForBrowser, type BrowserOidcProviderHandle } from '../support/oidc-provider.js';
import { createOrganization, createPerson } from '../support/people.js';
import { startSystem, type TestSystem } from '../support/system.js';

const AUDIENCE = 'api://governance-engine';

/** Signing in to the web UI through a real OpenID Connect provider, and with an API token. */
describe('web UI sign-in', () => {
  let provider: BrowserOidcProviderHandle;
  let system: TestSystem;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startOidcProviderForBrowser(AUDIENCE, `http://127.0.0.1:${port}/app/callback`);
    system = await startSystem(
      { OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: AUDIENCE, OIDC_UI_CLIENT_ID: provider.clientId, OIDC_UI_SCOPE: 'openid governance', OIDC_UI_RESOURCE: AUDIENCE },
      { port },
    );
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    await provider?.close();
  });

  it('signs a person in with the organization account (authorization code with PKCE) and uses the access token', async () => {
    expect(await ok(system.client().GET('/ui/config'))).toEqual({ oidc: { issuer: provider.issuer, clientId: provider.clientId, scope: 'openid governance', resource: AUDIENCE } });
    const org = await createOrganization(system);
    const anna = await createPerson(system, 'contact_person', { organizationId: org.id, externalSubject: 'anna.lindberg' });
    const page = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    await page.goto(`${system.baseUrl}/app/`);
    await page.getByRole('button', { name: 'Logga in med organisationens konto' }).waitFor();
    expect(await checkPage(page, 'sign-in')).toEqual([]);

    await page.getByRole('button', { name: 'Logga in med organisationens konto' }).click();
    // The provider's own (development) login and consent pages.
    await page.waitForURL(new RegExp(`^${provider.issuer}/interaction/`));
    await page.locator('input[name=login]').fill('anna.lindberg');
    await page.locator('input[name=password]').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL(`${system.baseUrl}/app/tasks`);
    await expect(page.getByTestId('signed-in-as').textContent()).resolves.toContain(anna.person.displayName);
    await page.getByRole('heading', { level: 1, name: 'Mina uppgifter' }).waitFor();
    // The token in the tab is the provider's JWT access token, not an API token.
    const token = await page.evaluate('sessionStorage.getItem("gov.token")');
    expect(String(token)).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await ok(system.client(String(token)).GET('/me'))).toMatchObject({ id: anna.person.id });
  });

  it('refuses an unknown API token with the reason, and signs in with a good one', async () => {
    const office = await createPerson(system, 'project_office');
    const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    await page.goto(`${system.baseUrl}/app/programs`);
    await page.getByLabel('API token', { exact: true }).fill('gov_thisTokenDoesNotExist000000000000000000');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/unknown, revoked or expired/);
    expect(await checkPage(page, 'sign-in-refused')).toEqual([]);

    await page.getByLabel('API token', { exact: true }).fill(office.token);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // Back where the person was going.
    await page.getByRole('heading', { level: 1, name: 'Programs' }).waitFor();
    expect(page.url()).toBe(`${system.baseUrl}/app/programs`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API token', { exact: true }).waitFor();
    expect(await page.evaluate('sessionStorage.getItem("gov.token")')).toBeNull();
  });
});
