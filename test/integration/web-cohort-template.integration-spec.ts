import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { GovernanceApi, personBody } from '@gov/devstack';
import { checkPage, launchBrowser, signedInPage } from '../support/browser.js';
import { createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

/**
 * A cohort template of another shape, registered from its file, in the browser: Yrkessvenska's two
 * lists on the cohort page, a candidate placed on its reserve list and another admitted, and an
 * admitted participant's journey assessed on one of its four levels at one of its paces.
 */
describe('web UI: a registered cohort template of another shape (issue 19)', () => {
  let system: TestSystem;
  let browser: Browser;
  let office: TestPerson;
  let api: GovernanceApi;

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' }, { ownDatabase: true });
    browser = await launchBrowser();
    office = await createPerson(system, 'project_office');
    api = new GovernanceApi(system.baseUrl, office.token);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('admits from the template’s lists and assesses a journey on its levels', async () => {
    const file = JSON.parse(readFileSync(new URL('../../libs/domain/templates/yrkessvenska.v1.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const key = `yrkessvenska-ui-${Date.now().toString(36)}`;
    expect((await api.call(api.POST('/templates', { body: { ...file, key } as never }))).status).toBe(201);
    const program = await api.ok(api.POST('/programs', { body: { templateKey: key, name: 'Yrkessvenska Söderort' } }));
    expect(program.kind).toBe('cohort');
    const cohort = await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: program.id } }, body: { name: 'Yrkessvenska våren', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: 2 } }));
    const [amal, bo] = await Promise.all(
      ['Amal', 'Bo'].map((first) => api.ok(api.POST('/persons', { body: personBody({ displayName: `${first} Lind`, email: `${first.toLowerCase()}.lind.${cohort.id.slice(0, 6)}@example.se`, role: 'participant' }) }))),
    );
    for (const p of [amal, bo]) await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path: { id: cohort.id } }, body: { personId: p.id } }));

    const page = await signedInPage(browser, system.baseUrl, office.token);
    // The admission section: the admission work beside the template's two lists, not Fast Track's three.
    await page.goto(`${system.baseUrl}/app/cohorts/${cohort.id}/admission`);
    await page.getByTestId('list-reserves').waitFor();
    await page.getByTestId('list-interest').waitFor();
    expect(await page.getByTestId('list-waiting').count()).toBe(0);
    const candidates = page.getByTestId('candidates');
    await candidates.getByRole('row', { name: /Bo Lind/ }).waitFor();
    expect(await candidates.getByLabel('Lista för Bo Lind').locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('value')).filter(Boolean))).toEqual(['reserves', 'interest']);
    await candidates.getByLabel('Lista för Bo Lind').selectOption('reserves');
    await candidates.getByRole('button', { name: 'Placera på listan – Bo Lind' }).click();
    await page.getByTestId('list-reserves').getByText('Bo Lind').waitFor();
    await candidates.getByRole('button', { name: 'Anta – Amal Lind' }).click();
    await page.getByTestId('list-admitted').getByText('Amal Lind').waitFor();
    expect(await checkPage(page, 'cohort-template-lists')).toEqual([]);

    // Amal's journey: assessed on B1 at the planned pace, a study plan over the template's modules.
    await eventually(async () => ((await api.call(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: cohort.id, personId: amal.id } } }))).status === 200 ? true : undefined), 30_000, 'the journey to start');
    await page.goto(`${system.baseUrl}/app/cohorts/${cohort.id}/participants?participant=${amal.id}`);
    const assessment = page.getByTestId('study-plan').getByTestId('assessment');
    await assessment.waitFor();
    expect(await assessment.getByLabel('Kunskapsnivå').locator('option').evaluateAll((os) => os.map((o) => o.getAttribute('value')).filter(Boolean))).toEqual(['a2', 'b1', 'b2', 'c1']);
    await assessment.getByLabel('Kunskapsnivå').selectOption('b1');
    await assessment.getByLabel('Takt').selectOption('planned');
    await assessment.getByRole('button', { name: 'Spara bedömningen och skapa studieplanen' }).click();
    await page.getByTestId('study-plan').getByTestId('plan-table').waitFor();
    const journey = await api.ok(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: cohort.id, personId: amal.id } } }));
    expect(journey).toMatchObject({ status: 'studying', assessment: { level: 'b1' }, paceKey: 'planned' });
    expect(await checkPage(page, 'cohort-template-journey')).toEqual([]);
  }, 240_000);
});
