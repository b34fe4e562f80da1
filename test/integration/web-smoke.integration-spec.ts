import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { checkPage, launchBrowser, signedInPage } from '../support/browser.js';
import { createPerson, type TestPerson } from '../support/people.js';
import { http, startSystem, type TestSystem } from '../support/system.js';

describe('web UI smoke', () => {
  let system: TestSystem;
  let browser: Browser;
  let office: TestPerson;

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    browser = await launchBrowser();
    office = await createPerson(system, 'project_office');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('serves the UI and signs in', async () => {
    const index = await http(system.baseUrl, 'GET', '/app/programs/whatever');
    expect(index.status).toBe(200);
    expect(index.contentType).toMatch(/text\/html/);
    const page = await signedInPage(browser, system.baseUrl, office.token);
    await page.getByRole('heading', { level: 1, name: 'Program' }).waitFor();
    expect(await checkPage(page, 'smoke-programs')).toEqual([]);
  });
});
