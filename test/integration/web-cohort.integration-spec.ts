import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { GovernanceApi, loadFastTrackDemo } from '@gov/devstack';
import { checkPage, describeViolations, launchBrowser, signedInPage } from '../support/browser.js';
import { createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

interface CohortAnswer {
  name: string;
  admitted: { personId: string; name: string | null }[];
  lists: Record<'waiting' | 'active-interest' | 'passive-interest', { personId: string; name: string | null }[]>;
  counts: { attendees: number; registered: number; admitted: number };
}

const LISTS = ['admitted', 'waiting', 'active-interest', 'passive-interest'] as const;
const CHARTS = ['chart-per-week', 'chart-cumulative', 'chart-levels'] as const;

/** No serious or critical axe violation on the page (the message lists them when there are). */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await checkPage(page, name);
  expect(describeViolations(violations)).toBe('');
  expect(violations).toEqual([]);
}

describe('web UI: Fast Track cohort pages', () => {
  let system: TestSystem;
  let browser: Browser;
  let office: TestPerson;
  let manager: TestPerson;
  let api: GovernanceApi;
  let demo: { programId: string; cohortId: string; referenceCohortId: string };
  let cohort: CohortAnswer;
  let referenceName: string;
  let historyLength: number;

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' }, { ownDatabase: true });
    browser = await launchBrowser();
    office = await createPerson(system, 'project_office');
    manager = await createPerson(system, 'manager');
    api = new GovernanceApi(system.baseUrl, office.token);
    demo = await loadFastTrackDemo(api);
    cohort = await api.ok('GET', `/cohorts/${demo.cohortId}`);
    referenceName = (await api.ok('GET', `/cohorts/${demo.referenceCohortId}`)).name;
    historyLength = (await api.ok('GET', `/cohorts/${demo.cohortId}/history`)).length;
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  /** The cohort page with every section loaded: the lists, the history, the participants' journeys and the charts. */
  async function openCohort(page: Page): Promise<void> {
    await page.goto(`${system.baseUrl}/app/cohorts/${demo.cohortId}`);
    await page.getByRole('heading', { level: 1, name: cohort.name }).waitFor();
    await page.getByTestId('promotion-history').waitFor();
    for (const chart of CHARTS) await page.locator(`[data-testid="${chart}"] svg`).first().waitFor();
    // Every journey loaded: no row still shows "…".
    // (Evaluated in the page, as a string: the test's own TypeScript has no DOM types.)
    await page.waitForFunction(`[...document.querySelectorAll('[data-testid="participants"] tbody td')].every((td) => td.textContent !== '…')`);
  }

  async function expectCohortContent(page: Page): Promise<void> {
    const expected: Record<(typeof LISTS)[number], { personId: string; name: string | null }[]> = { admitted: cohort.admitted, ...cohort.lists };
    for (const list of LISTS) {
      const section = page.getByTestId(`list-${list}`);
      expect(await section.getAttribute('data-count')).toBe(String(expected[list].length));
      expect(await section.locator('li').allTextContents()).toEqual(expected[list].map((p) => p.name));
    }
    expect(await page.locator('[data-testid="promotion-history"] tbody tr').count()).toBe(historyLength);
    expect(await page.locator('[data-testid="participants"] tbody tr').count()).toBe(cohort.admitted.length);
    for (const chart of CHARTS) {
      const figure = page.getByTestId(chart);
      expect(await figure.locator('svg').count()).toBeGreaterThan(0);
      const series = await figure.locator('thead th').allTextContents();
      expect(series.some((s) => s.includes(referenceName))).toBe(true);
      expect(series.some((s) => s.includes(cohort.name) && !s.includes(referenceName))).toBe(true);
    }
  }

  it("lists the program's cohorts with links to each cohort page", async () => {
    const page = await signedInPage(browser, system.baseUrl, office.token);
    await page.goto(`${system.baseUrl}/app/programs/${demo.programId}/cohorts`);
    const table = page.getByTestId('cohort-list');
    await table.waitFor();
    const cohorts = (await api.ok('GET', `/programs/${demo.programId}/cohorts`)) as { id: string; name: string }[];
    expect(await table.locator('tbody tr').count()).toBe(cohorts.length);
    for (const c of cohorts) expect(await table.locator(`a[href="/app/cohorts/${c.id}"]`).textContent()).toBe(c.name);
    await expectAccessible(page, 'cohort-program-cohorts');
    await table.getByRole('link', { name: cohort.name }).click();
    await page.getByRole('heading', { level: 1, name: cohort.name }).waitFor();
    await page.context().close();
  }, 120_000);

  it('shows the project office the four lists, the promotion history, the charts against the reference cohort and a study plan, and takes its weekly progress report', async () => {
    const page = await signedInPage(browser, system.baseUrl, office.token);
    await openCohort(page);
    await expectCohortContent(page);
    await expectAccessible(page, 'cohort-office');

    // One participant's plan opens on the same page, from the participants table.
    const person = cohort.admitted[1];
    const journey = await api.ok('GET', `/cohorts/${demo.cohortId}/participants/${person.personId}`);
    await page.getByTestId('participants').getByRole('link', { name: person.name! }).click();
    const plan = page.getByTestId('study-plan');
    await plan.waitFor();
    expect(page.url()).toContain(`participant=${person.personId}`);
    expect(await plan.getByRole('heading', { level: 3 }).textContent()).toContain(person.name);
    expect(await plan.locator('[data-testid="plan-table"] tbody tr').count()).toBe(journey.plan.length);
    expect(await page.evaluate('document.activeElement?.id')).toBe('plan-heading');
    await expectAccessible(page, 'cohort-office-study-plan');

    // The project office reports the next week's progress from the plan: more items than are left is refused, nothing recorded.
    const form = plan.getByTestId('weekly-progress');
    const nextWeek = Math.max(0, ...journey.progress.map((p: { week: number }) => p.week)) + 1;
    await expect(form.getByLabel('Vecka').inputValue()).resolves.toBe(String(nextWeek));
    await form.getByLabel('Avklarade moment').fill('1000');
    await form.getByRole('button', { name: 'Rapportera' }).click();
    await form.getByRole('alert').waitFor();
    expect((await api.ok('GET', `/cohorts/${demo.cohortId}/participants/${person.personId}`)).progress).toEqual(journey.progress);
    await form.getByLabel('Avklarade moment').fill('1');
    await form.getByRole('button', { name: 'Rapportera' }).click();
    await form.getByText(`Vecka ${nextWeek}: 1 moment rapporterade.`).waitFor();
    const after = await eventually(async () => {
      const j = await api.ok('GET', `/cohorts/${demo.cohortId}/participants/${person.personId}`);
      return j.progress.length > journey.progress.length ? j : undefined;
    }, 15_000, 'the reported week');
    expect(after.progress.at(-1)).toEqual({ week: nextWeek, completed: 1 });
    expect(after.completedItems).toBe(journey.completedItems + 1);
    await page.context().close();
  }, 180_000);

  it('shows a manager the same cohort, in Swedish and English, with no command buttons', async () => {
    const page = await signedInPage(browser, system.baseUrl, manager.token);
    await openCohort(page);
    await expectCohortContent(page);
    // Only the header's language and sign-out buttons; the charts' tables open from <summary>.
    expect(await page.locator('main button, main [role="button"], main input[type="submit"]').count()).toBe(0);
    expect(await page.locator('header button').count()).toBe(2);
    await expectAccessible(page, 'cohort-manager');

    await page.goto(`${system.baseUrl}/app/cohorts/${demo.cohortId}?participant=${cohort.admitted[0].personId}`);
    await page.getByTestId('plan-table').waitFor();
    await page.locator('header').getByRole('button', { name: 'In English' }).click();
    await page.getByRole('heading', { level: 3, name: /^Waiting list/ }).waitFor();
    expect(await page.getByTestId('list-waiting').locator('h3').textContent()).toContain(`${cohort.lists.waiting.length} people`);
    expect(await page.locator('main button').count()).toBe(0);
    await expectAccessible(page, 'cohort-manager-en');
    await page.context().close();
  }, 180_000);
});
