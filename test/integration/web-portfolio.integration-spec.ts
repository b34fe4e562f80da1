import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { GovernanceApi, programBody } from '@gov/devstack';
import { checkPage, describeViolations, launchBrowser, signedInPage } from '../support/browser.js';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

/** A Wednesday long past (no holiday): a due moment that is overdue whatever calendar the task follows. */
const LONG_AGO = '2026-11-18T10:00:00+01:00';

/**
 * The project office's portfolio overview in Debian's Chromium against the real stack: its home
 * after signing in; a program goes from on track to at risk with the reason when its task goes
 * overdue, and the count of overdue tasks moves, through the change stream, without a reload;
 * filters in the address; the count leads to the overdue tasks; axe-clean in both languages.
 */
describe('web UI: the project office’s portfolio overview', () => {
  let system: TestSystem;
  let browser: Browser;
  let office: TestPerson;
  let manager: TestPerson;
  let api: GovernanceApi;
  let programId: string;
  let stepTaskId: string;
  let page: Page;

  const a11y = async (p: Page, name: string) => {
    const violations = await checkPage(p, name);
    if (violations.length) console.error(describeViolations(violations));
    expect(violations).toEqual([]);
  };
  const row = (p: Page) => p.locator(`[data-testid="portfolio"] tr[data-id="${programId}"]`);
  const overdueCount = async (p: Page) => Number(await p.getByTestId('count-overdueTasks').getAttribute('data-count'));

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' }, { ownDatabase: true });
    browser = await launchBrowser();
    office = await createPerson(system, 'project_office');
    manager = await createPerson(system, 'manager');
    await createOrganization(system, 'Kulturförvaltningen');
    api = new GovernanceApi(system.baseUrl, office.token);
    programId = (await api.ok(api.POST('/programs', { body: programBody({ templateKey: 'skola-forst', name: 'Kraftsamling Skola först' }) }))).id;
    stepTaskId = await api.until('the first step task', async () => (await api.position(programId)).stepTaskId ?? undefined);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('is the home after signing in, and shows the program at risk with the reason once its task is overdue, without a reload', async () => {
    page = await signedInPage(browser, system.baseUrl, office.token);
    await page.waitForURL(/\/app\/portfolio$/);
    await page.getByRole('heading', { level: 1, name: 'Portföljöversikt' }).waitFor();
    await row(page).waitFor();
    await expect(row(page).getAttribute('data-status')).resolves.toBe('on-track');
    await expect(row(page).getByRole('link', { name: 'Kraftsamling Skola först' }).getAttribute('href')).resolves.toBe(`/app/programs/${programId}`);
    const before = await overdueCount(page);
    await page.getByRole('link', { name: 'Alla program' }).waitFor();
    await a11y(page, 'office-portfolio');

    // Only the change stream can bring the change within 20 s: while live, the page polls once a minute.
    await page.locator('[data-testid="live-status"][data-live="true"]').waitFor();
    await page.evaluate('window.notReloaded = true');
    await api.ok(api.PATCH('/tasks/{id}', { params: { path: { id: stepTaskId } }, body: { dueAt: LONG_AGO } }));
    await page.locator(`[data-testid="portfolio"] tr[data-id="${programId}"][data-status="at-risk"]`).waitFor({ timeout: 20_000 });
    await expect(row(page).getByTestId('reasons').textContent()).resolves.toBe('1 försenad uppgift');
    await expect(row(page).getByText('Risk', { exact: true }).count()).resolves.toBe(1);
    await eventually(async () => ((await overdueCount(page)) === before + 1 ? true : undefined), 20_000, 'the overdue count to move');
    await expect(page.getByTestId('count-overdueTasks').textContent()).resolves.toContain(`${before + 1} Försenade uppgifter`);
    await expect(page.evaluate('window.notReloaded')).resolves.toBe(true);
    // The office's overdue step task in the chart: the project office belongs to no organization.
    await page.getByTestId('portfolio-by-organization').waitFor();
    await page.getByText('Visa som tabell').click();
    await expect(page.getByTestId('portfolio-by-organization').locator('tbody tr').first().textContent()).resolves.toMatch(/^Utan organisation.*1/);
    await a11y(page, 'office-portfolio-at-risk');
  }, 90_000);

  it('keeps its filters in the address', async () => {
    await page.getByLabel('Status', { exact: true }).selectOption('off-track');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/status=off-track/);
    await page.getByText('Inga program eller kohorter matchar filtren.').waitFor();

    await page.goto(`${system.baseUrl}/app/portfolio?status=at-risk&kind=program`);
    await row(page).waitFor();
    await expect(page.getByLabel('Status', { exact: true }).inputValue()).resolves.toBe('at-risk');
    await expect(page.getByLabel('Typ', { exact: true }).inputValue()).resolves.toBe('program');
    await page.goto(`${system.baseUrl}/app/portfolio?kind=cohort`);
    await page.getByText('Inga program eller kohorter matchar filtren.').waitFor();
    expect(await row(page).count()).toBe(0);
    await a11y(page, 'office-portfolio-filtered');
  });

  it('leads from the count to the overdue tasks and from the reason to the program’s', async () => {
    await page.goto(`${system.baseUrl}/app/portfolio`);
    await page.getByTestId('count-overdueTasks').click();
    await page.waitForURL(/\/app\/tasks\?due=overdue$/);
    await page.getByTestId('inbox-filter').waitFor();
    await page.locator(`[data-task-id="${stepTaskId}"]`).waitFor();
    await a11y(page, 'office-overdue-tasks');

    await page.goto(`${system.baseUrl}/app/portfolio`);
    await row(page).getByRole('link', { name: '1 försenad uppgift' }).click();
    await page.waitForURL(new RegExp(`/app/tasks\\?due=overdue&programId=${programId}$`));
    await page.locator(`[data-task-id="${stepTaskId}"]`).waitFor();
    await expect(page.getByTestId('inbox-filter').textContent()).resolves.toContain('programmets försenade uppgifter');
  });

  it('reads in English, and a manager reads it too', async () => {
    const english = await signedInPage(browser, system.baseUrl, manager.token, { lang: 'en', path: '/app/portfolio' });
    await english.getByRole('heading', { level: 1, name: 'Portfolio overview' }).waitFor();
    await row(english).waitFor();
    await expect(row(english).getByTestId('reasons').textContent()).resolves.toBe('1 overdue task');
    await expect(row(english).getByText('At risk', { exact: true }).count()).resolves.toBe(1);
    await a11y(english, 'manager-portfolio-en');
    await english.context().close();
  });
});
