import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { GovernanceApi, programBody, runPhaseOne, SEED_COLLABORATION_MODEL, SEED_COMMUNICATION_PLAN, SEED_FOCUS_AREAS, SEED_SESSIONS } from '@gov/devstack';
import { IndicatorValueEntity } from '@gov/persistence';
import { checkPage, describeViolations, launchBrowser, signedInPage } from '../support/browser.js';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { startSystem, type TestSystem } from '../support/system.js';

/** Skola först's goal 2 (åk 9) with its indicator; three years imported on the Effektmål page. */
const AK9 = {
  key: 'godkant-alla-amnen-ak9',
  nameSv: 'Andel elever som uppnått kunskapskraven i alla ämnen i åk 9',
  nameEn: 'Share of pupils meeting the knowledge requirements in all subjects in year 9',
  unit: '%',
  source: 'Skolverket, SIRIS',
  baselineYear: 2019,
  baselineValue: 72,
  targetValue: 84,
  targetYear: 2023,
};

describe('web UI: effect goals with their indicators against their targets (issue 20)', () => {
  let system: TestSystem;
  let browser: Browser;
  let office: TestPerson;
  let manager: TestPerson;
  let api: GovernanceApi;
  let programId: string;
  let indicatorId: string;

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    browser = await launchBrowser();
    office = await createPerson(system, 'project_office', { displayName: 'Projektkontoret' });
    manager = await createPerson(system, 'manager');
    api = new GovernanceApi(system.baseUrl, office.token);
    programId = (await api.ok(api.POST('/programs', { body: programBody({ templateKey: 'skola-forst', templateVersion: 2, name: 'Skola först – effektmål i webben' }) }))).id;
    indicatorId = (await api.ok(api.POST('/programs/{id}/effect-goals/{number}/indicators', { params: { path: { id: programId, number: 2 } }, body: AK9 }))).id;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const a11y = async (p: Page, name: string) => {
    const violations = await checkPage(p, name);
    expect(describeViolations(violations)).toBe('');
  };
  const stored = () => system.db.getRepository(IndicatorValueEntity).countBy({ indicatorId });

  it('imports three years from CSV on the Effektmål page, refusing a bad file row by row first', async () => {
    const page = await signedInPage(browser, system.baseUrl, office.token, { path: `/app/programs/${programId}` });
    await page.getByRole('navigation', { name: 'Programmets sidor' }).getByRole('link', { name: 'Effektmål' }).click();
    await page.getByRole('heading', { level: 1, name: /Effektmål/ }).waitFor();
    await page.getByTestId('goals-table').waitFor();
    expect(await page.getByTestId('goals-table').locator('tbody tr').count()).toBe(9);

    await page.getByLabel('eller klistra in CSV').fill('indicator,year,value\nokand,2020,70\ngodkant-alla-amnen-ak9,2020,sjuttio\n');
    await page.getByRole('button', { name: 'Importera' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('row 2.indicator', { exact: true }).waitFor();
    await alert.getByText('row 3.value', { exact: true }).waitFor();
    expect(await stored()).toBe(0);
    await a11y(page, 'effect-goals-refused');

    await page.getByLabel('eller klistra in CSV').fill('indicator,year,value\ngodkant-alla-amnen-ak9,2020,73.1\ngodkant-alla-amnen-ak9,2021,74\ngodkant-alla-amnen-ak9,2022,79.5\n');
    await page.getByRole('button', { name: 'Importera' }).click();
    await page.getByText('3 rader importerades: 3 nya värden, 0 ersatta.').waitFor();
    expect(await stored()).toBe(3);
    await page.getByTestId('goals-table').getByText('79,5 % (2022)').waitFor();
    await a11y(page, 'effect-goals');
    await page.close();
  }, 120_000);

  it("shows a goal's indicator as a chart against its target with the numbers in a table, read-only for a manager", async () => {
    const page = await signedInPage(browser, system.baseUrl, manager.token, { path: `/app/programs/${programId}/effect-goals` });
    await page.getByRole('link', { name: /^2\. Alla elever ska ha minst godkänt i alla ämnen i åk 9/ }).click();
    await page.getByRole('heading', { level: 1, name: /Effektmål 2/ }).waitFor();
    const chart = page.getByTestId(`indicator-chart-${AK9.key}`);
    await chart.getByRole('img', { name: /Andel elever som uppnått kunskapskraven i alla ämnen i åk 9: utfall mot mål/ }).waitFor();
    expect(await chart.getByTestId('target-marker').count()).toBe(1);
    expect(await chart.getByTestId('target-line').count()).toBe(1);
    expect(await chart.getByTestId('measured-line').count()).toBe(1);
    const rows = page.getByTestId(`indicator-table-${AK9.key}`).locator('tbody tr');
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(/^2019\tUtgångsläge\t72 %\t72 %$/),
      expect.stringMatching(/^2020\tUtfall\t73,1 %\t75 %$/),
      expect.stringMatching(/^2021\tUtfall\t74 %\t78 %$/),
      expect.stringMatching(/^2022\tUtfall\t79,5 %\t81 %$/),
      expect.stringMatching(/^2023\tMål\t84 %\t84 %$/),
    ]);
    await page.getByText('Efter plan').first().waitFor();
    await page.getByText('Inga aktiviteter anger målet ännu.').waitFor();
    // A manager reads: no import form, no command buttons.
    expect(await page.getByRole('button', { name: 'Importera' }).count()).toBe(0);
    await a11y(page, 'effect-goal-page');
    await page.close();
  }, 120_000);

  it('proposes an activity naming the goal and its indicator, and the goal page shows it behind the indicator', async () => {
    const arena = await createOrganization(system, `Hållbarhetsarenan ${Date.now()}`);
    const chair = await createPerson(system, 'contact_person', { organizationId: arena.id, permissions: ['gate.decide'] });
    const org = await createOrganization(system, `Fritidsförvaltningen ${Date.now()}`);
    const contact = await createPerson(system, 'contact_person', { organizationId: org.id });
    await runPhaseOne(api, programId, {
      sessions: SEED_SESSIONS.slice(0, 1),
      needsCsv: ['text,category\nLäxhjälp efter skolan,meaningful-leisure\n'],
      focusAreas: SEED_FOCUS_AREAS,
      collaborationModel: SEED_COLLABORATION_MODEL,
      gateOwnerId: chair.person.id,
      members: [{ organizationId: org.id, personId: contact.person.id }],
      kickoffAt: new Date(Date.now() + 3_600_000).toISOString(),
      communicationPlan: SEED_COMMUNICATION_PLAN.slice(0, 1),
    });
    await api.ok(api.as(chair.token).POST('/programs/{id}/gate', { params: { path: { id: programId } }, body: { decision: 'approve' } }));
    await api.until('phase II', async () => ((await api.position(programId)).phaseKey === 'implementation' ? true : undefined));

    const page = await signedInPage(browser, system.baseUrl, office.token, { path: `/app/programs/${programId}/matrix` });
    const form = page.getByTestId('propose-activity');
    await form.waitFor();
    await form.getByLabel('Aktivitet', { exact: true }).fill('Läxhjälp på fritidsgården');
    await form.locator(`#activity-area-${SEED_FOCUS_AREAS[0].key}`).check();
    await form.locator('#activity-level-unit').check();
    await form.locator(`#activity-owner-${org.id}`).check();
    await form.getByLabel('Ansvarig kontaktperson').selectOption(contact.person.id);
    await form.getByLabel('Planerad start').fill('2020-01-01');
    await form.getByLabel('Planerat slut').fill('2020-12-31');
    await form.locator('#activity-goal-2').check();
    // The goal's indicators are offered once the goal is chosen.
    await form.getByLabel(`2. ${AK9.nameSv} (%)`).check();
    await a11y(page, 'effect-goals-propose-activity');
    await form.getByRole('button', { name: 'Föreslå aktiviteten' }).click();
    await page.getByText('Aktiviteten "Läxhjälp på fritidsgården" är föreslagen', { exact: false }).waitFor();

    await page.getByRole('navigation', { name: 'Programmets sidor' }).getByRole('link', { name: 'Effektmål' }).click();
    await page.getByRole('link', { name: /^2\. Alla elever ska ha minst godkänt/ }).click();
    const activities = page.getByTestId('goal-activities');
    await activities.waitFor();
    expect(await activities.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(new RegExp(`^Läxhjälp på fritidsgården\tPlanering\t${AK9.nameSv}$`))]);
    await a11y(page, 'effect-goal-page-activities');
    // The activity's own page names the indicator it should move.
    await activities.getByRole('link', { name: 'Läxhjälp på fritidsgården' }).click();
    await page.getByTestId('activity-indicators').getByText(AK9.nameSv).waitFor();
    await page.close();
  }, 180_000);
});
