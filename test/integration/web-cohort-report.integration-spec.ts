import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { GovernanceApi } from '@gov/devstack';
import { checkPage, describeViolations, launchBrowser, signedInPage } from '../support/browser.js';
import { cohortWithWithdrawals } from '../support/cohort-withdrawals.js';
import { createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

/** The cohort page's final-report section for a cohort with three withdrawals before the start and one dropout. */
describe('web UI: the final report’s participants', () => {
  let system: TestSystem;
  let browser: Browser;
  let office: TestPerson;
  let api: GovernanceApi;
  let cohortId: string;

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    browser = await launchBrowser();
    office = await createPerson(system, 'project_office');
    api = new GovernanceApi(system.baseUrl, office.token);
    ({ cohortId } = await cohortWithWithdrawals(api, 'Hösten 2019'));
    await eventually(async () => ((await api.ok(api.GET('/cohorts/{id}/report', { params: { path: { id: cohortId } } }))).outcomes.droppedOut === 1 ? true : undefined), 30_000, 'the dropout in the report');
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('shows who was admitted, withdrew before the start, started and dropped out, in Swedish and English, as the report says', async () => {
    const page = await signedInPage(browser, system.baseUrl, office.token);
    await page.goto(`${system.baseUrl}/app/cohorts/${cohortId}/report`);
    const figures = page.getByTestId('report-participation');
    await figures.waitFor();
    const read = async () => Object.fromEntries(await figures.locator('li').evaluateAll((items) => items.map((li) => [li.getAttribute('data-figure'), li.textContent])));
    expect(await read()).toEqual({ admitted: '15 antagna (alla som fått plats)', withdrawn: '3 drog sig ur före start', started: '12 startade programmet', droppedOut: '1 hoppade av' });
    await page.getByText('Rapportens andelar räknas av de 12 som startade.', { exact: false }).waitFor();
    const violations = await checkPage(page, 'cohort-final-report-participants');
    expect(describeViolations(violations)).toBe('');
    // The HTML download is the report in the page's language.
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som HTML' }).click()]);
    expect(file.suggestedFilename()).toBe('slutrapport-hosten-2019-sv.html');
    const html = await readFile((await file.path())!, 'utf8');
    expect(html).toContain('<td>Drog sig ur före start</td>\n<td>3</td>');

    await page.locator('header').getByRole('button', { name: 'In English' }).click();
    await figures.getByText('withdrew before the start').waitFor();
    expect(await read()).toEqual({ admitted: '15 admitted (everyone given a place)', withdrawn: '3 withdrew before the start', started: '12 started the program', droppedOut: '1 dropped out' });
    await page.getByText('The report’s shares are of the 12 who started.', { exact: false }).waitFor();

    // The cohort's own count, on its overview, names both ways of leaving and never calls a withdrawal a dropout.
    await page.locator('header').getByRole('button', { name: 'På svenska' }).click();
    await page.goto(`${system.baseUrl}/app/cohorts/${cohortId}`);
    expect(await page.getByTestId('admission').locator('[data-figure="withdrawn"]').textContent()).toBe('4 Lämnade kullen (drog sig ur eller hoppade av)');
    await page.context().close();
  }, 120_000);
});
