import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { GovernanceApi, loadFastTrackDemo, personBody } from '@gov/devstack';
import { checkPage, describeViolations, launchBrowser, signedInPage } from '../support/browser.js';
import { createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

interface CohortAnswer {
  name: string;
  admitted: { personId: string; name: string | null }[];
  lists: Record<string, { personId: string; name: string | null }[]>;
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
    cohort = await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: demo.cohortId } } }));
    referenceName = (await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: demo.referenceCohortId } } }))).name;
    historyLength = (await api.ok(api.GET('/cohorts/{id}/history', { params: { path: { id: demo.cohortId } } }))).length;
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const SECTIONS = { overview: 'Översikt', admission: 'Antagning', lists: 'Listor', participants: 'Deltagare', events: 'Händelser', report: 'Rapport' } as const;
  type Section = keyof typeof SECTIONS;

  /** A section of a cohort's page: by its address, or (`nav`) from the section navigation without a reload; waits until it has loaded. */
  async function openSection(page: Page, section: Section, how: 'address' | 'nav' = 'address', cohortId = demo.cohortId): Promise<void> {
    if (how === 'nav') await page.getByRole('navigation', { name: 'Kullens sidor' }).getByRole('link', { name: SECTIONS[section], exact: true }).click();
    else await page.goto(`${system.baseUrl}/app/cohorts/${cohortId}${section === 'overview' ? '' : `/${section}`}`);
    await page.getByRole('heading', { level: 1, name: `· ${SECTIONS[section]}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/app/cohorts/${cohortId}${section === 'overview' ? '' : `/${section}`}`);
    expect(await page.getByRole('navigation', { name: 'Kullens sidor' }).locator('[aria-current="page"]').textContent()).toBe(SECTIONS[section]);
    if (section === 'overview') for (const chart of CHARTS) await page.locator(`[data-testid="${chart}"] svg`).first().waitFor();
    if (section === 'lists') await page.getByTestId('promotion-history').waitFor();
    if (section === 'events') await page.getByTestId('events').or(page.getByText('Inga aktiviteter')).first().waitFor();
    if (section === 'report') await page.getByTestId('final-report').waitFor();
    if (section === 'participants') {
      await page.getByTestId('participants').waitFor();
      // Every journey loaded: no row still shows "…".
      const cells = page.locator('[data-testid="participants"] tbody td');
      await eventually(async () => ((await cells.allTextContents()).every((t) => t !== '…') ? true : undefined), 30_000, "every participant's journey to load");
    }
  }

  /** The demo cohort, section by section: each shows its part of the cohort and has no serious axe violation. */
  async function expectCohortContent(page: Page, axeName: string): Promise<void> {
    await openSection(page, 'overview');
    expect(await page.getByTestId('admission').locator('[data-figure="attendees"] strong').textContent()).toBe(String(cohort.counts.attendees));
    for (const chart of CHARTS) {
      const figure = page.getByTestId(chart);
      expect(await figure.locator('svg').count()).toBeGreaterThan(0);
      const series = await figure.locator('thead th').allTextContents();
      expect(series.some((s) => s.includes(referenceName))).toBe(true);
      expect(series.some((s) => s.includes(cohort.name) && !s.includes(referenceName))).toBe(true);
    }
    // The overview holds only the figures and the charts: the lists and the participants have their own sections.
    expect(await page.getByTestId('participants').count()).toBe(0);
    expect(await page.getByTestId('list-admitted').count()).toBe(0);
    await expectAccessible(page, `${axeName}-overview`);

    await openSection(page, 'lists', 'nav');
    const expected: Record<string, { personId: string; name: string | null }[]> = { admitted: cohort.admitted, ...cohort.lists };
    for (const list of LISTS) {
      const section = page.getByTestId(`list-${list}`);
      expect(await section.getAttribute('data-count')).toBe(String(expected[list].length));
      expect(await section.locator('li').allTextContents()).toEqual(expected[list].map((p) => p.name));
    }
    expect(await page.locator('[data-testid="promotion-history"] tbody tr').count()).toBe(historyLength);
    await expectAccessible(page, `${axeName}-lists`);

    await openSection(page, 'participants', 'nav');
    expect(await page.locator('[data-testid="participants"] tbody tr').count()).toBe(cohort.admitted.length);
    await expectAccessible(page, `${axeName}-participants`);

    for (const section of ['admission', 'events', 'report'] as const) {
      await openSection(page, section, 'nav');
      await expectAccessible(page, `${axeName}-${section}`);
    }
  }

  it("lists the program's cohorts with links to each cohort page", async () => {
    const page = await signedInPage(browser, system.baseUrl, office.token);
    await page.goto(`${system.baseUrl}/app/programs/${demo.programId}/cohorts`);
    const table = page.getByTestId('cohort-list');
    await table.waitFor();
    const cohorts = (await api.ok(api.GET('/programs/{id}/cohorts', { params: { path: { id: demo.programId } } }))) as { id: string; name: string }[];
    expect(await table.locator('tbody tr').count()).toBe(cohorts.length);
    for (const c of cohorts) expect(await table.locator(`a[href="/app/cohorts/${c.id}"]`).textContent()).toBe(c.name);
    await expectAccessible(page, 'cohort-program-cohorts');
    await table.getByRole('link', { name: cohort.name }).click();
    await page.getByRole('heading', { level: 1, name: cohort.name }).waitFor();
    await page.context().close();
  }, 120_000);

  it('shows the project office the four lists, the promotion history, the charts against the reference cohort and a study plan, and takes its weekly progress report, a follow-up assessment of the knowledge level and a focus group, and downloads the final report', async () => {
    const page = await signedInPage(browser, system.baseUrl, office.token);
    await expectCohortContent(page, 'cohort-office');

    // Knowledge-level development: the demo assessed everyone again in weeks 3 and 6; the chart has a series per assessment week.
    await openSection(page, 'overview', 'nav');
    const levelSeries = await page.getByTestId('chart-levels').locator('thead th').allTextContents();
    for (const name of [`${cohort.name}, vid start`, `${cohort.name}, vecka 3`, `${cohort.name}, vecka 6`]) expect(levelSeries).toContain(name);

    // One participant's plan opens in the participants section, from its table.
    await openSection(page, 'participants', 'nav');
    const person = cohort.admitted[1];
    const journey = await api.ok(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: demo.cohortId, personId: person.personId } } }));
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
    expect((await api.ok(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: demo.cohortId, personId: person.personId } } }))).progress).toEqual(journey.progress);
    await form.getByLabel('Avklarade moment').fill('1');
    await form.getByRole('button', { name: 'Rapportera' }).click();
    await form.getByText(`Vecka ${nextWeek}: 1 moment rapporterade.`).waitFor();
    const after = await eventually(async () => {
      const j = await api.ok(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: demo.cohortId, personId: person.personId } } }));
      return j.progress.length > journey.progress.length ? j : undefined;
    }, 15_000, 'the reported week');
    expect(after.progress.at(-1)).toEqual({ week: nextWeek, completed: 1 });
    expect(after.completedItems).toBe(journey.completedItems + 1);

    // The plan shows the participant's levels over time.
    expect(journey.levels.map((l: { week: number }) => l.week)).toEqual([0, 3, 6]);
    expect(await plan.getByTestId('level-history').textContent()).toMatch(/v\. 0 .+ → v\. 3 .+ → v\. 6 /);
    // A follow-up assessment: a week not after the last one is refused and nothing recorded; then week 7.
    const followUp = plan.getByTestId('level-follow-up');
    await expect(followUp.getByLabel('Vecka').inputValue()).resolves.toBe(String(Math.max(7, nextWeek)));
    await followUp.getByLabel('Vecka').fill('6');
    await followUp.getByLabel('Kunskapsnivå').selectOption('very-good');
    await followUp.getByRole('button', { name: 'Registrera bedömningen' }).click();
    expect(await followUp.getByRole('alert').textContent()).toContain('last assessed in week 6');
    expect((await api.ok(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: demo.cohortId, personId: person.personId } } }))).levels).toEqual(journey.levels);
    await followUp.getByLabel('Vecka').fill('7');
    await followUp.getByRole('button', { name: 'Registrera bedömningen' }).click();
    await followUp.getByText('Vecka 7: kunskapsnivå Mycket god.').waitFor();
    await plan.getByTestId('level-history').getByText(/v\. 7 Mycket god\b/).waitFor();
    expect((await api.ok(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: demo.cohortId, personId: person.personId } } }))).levels.at(-1)).toEqual({ week: 7, level: 'very-good' });
    await expectAccessible(page, 'cohort-office-follow-up');

    // A focus group's findings, in the report section: a group name with markup refused, nothing
    // recorded; then recorded, listed, and in the final report downloaded as Markdown.
    await openSection(page, 'report', 'nav');
    const focus = page.getByTestId('add-focus-group');
    const before = (await api.ok(api.GET('/cohorts/{id}/report', { params: { path: { id: demo.cohortId } } }))).evaluations.length;
    await page.getByTestId('focus-groups').waitFor();
    await focus.getByLabel('Datum').fill('2019-11-20');
    await focus.getByLabel('Grupp').fill('Fokusgrupp <2>');
    await focus.getByLabel('Iakttagelser').fill('Deltagarna vill ha fler studiebesök.');
    await focus.getByRole('button', { name: 'Registrera fokusgruppen' }).click();
    expect(await focus.getByRole('alert').textContent()).toContain('group');
    expect((await api.ok(api.GET('/cohorts/{id}/report', { params: { path: { id: demo.cohortId } } }))).evaluations).toHaveLength(before);
    await focus.getByLabel('Grupp').fill('Fokusgrupp 2 (Stockholms stad)');
    await focus.getByRole('button', { name: 'Registrera fokusgruppen' }).click();
    await focus.getByText('Fokusgruppen är registrerad.').waitFor();
    await page.getByTestId('focus-groups').getByText('Deltagarna vill ha fler studiebesök.').waitFor();
    await expectAccessible(page, 'cohort-office-final-report');
    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som Markdown' }).click()]);
    const text = await readFile((await markdown.path())!, 'utf8');
    expect(text).toMatch(/^# Slutrapport: Fast Track hösten 2019/);
    expect(text).toContain('Fokusgrupp 2 (Stockholms stad)');
    expect(text).toContain(`Jämfört med referensprogrammet: ${referenceName}`);
    await page.context().close();
  }, 180_000);

  it("takes a newly admitted participant through the assessment, weeks far ahead of plan, the advanced-track decision, a plan change, project work and completion; another drops out; an event and its attendance", async () => {
    // A small cohort of the demo program with one participant admitted and waiting for the assessment.
    const small = await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: demo.programId } }, body: { name: 'Fast Track vintern 2020', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: 2 } }));
    const person = await api.ok(api.POST('/persons', { body: personBody({ displayName: 'Nora Holm', email: 'nora.holm@example.se', role: 'participant' }) }));
    await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path: { id: small.id } }, body: { personId: person.id } }));
    await api.ok(api.POST('/cohorts/{id}/admissions', { params: { path: { id: small.id } }, body: { personId: person.id } }));
    const journey = () => api.ok(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: small.id, personId: person.id } } }));
    await eventually(async () => ((await api.call(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: small.id, personId: person.id } } }))).status === 200 ? true : undefined), 15_000, 'the journey to start');

    const page = await signedInPage(browser, system.baseUrl, office.token);
    await page.goto(`${system.baseUrl}/app/cohorts/${small.id}/participants?participant=${person.id}`);
    const plan = page.getByTestId('study-plan');
    const assessment = plan.getByTestId('assessment');
    await assessment.waitFor();
    expect(await plan.getByTestId('weekly-progress').count()).toBe(0);
    await expectAccessible(page, 'cohort-office-assessment');
    // The assessment from the conversation: very good, university studies, faster pace → a short plan.
    await assessment.getByLabel('Kunskapsnivå').selectOption('very-good');
    await assessment.getByLabel('Har läst på högskola eller universitet').check();
    await assessment.getByLabel('Takt').selectOption('faster');
    await assessment.getByRole('button', { name: 'Spara bedömningen och skapa studieplanen' }).click();
    await plan.getByTestId('plan-table').waitFor();
    const assessed = await journey();
    expect(assessed).toMatchObject({ status: 'studying', assessment: { level: 'very-good', universityStudies: true }, paceKey: 'faster', ambition: 1 });
    expect(await plan.locator('[data-testid="plan-table"] tbody tr').count()).toBe(assessed.plan.length);

    // Two weeks far ahead of plan: the advanced track is proposed and the office accepts it.
    const progress = plan.getByTestId('weekly-progress');
    for (const [week, completed] of [[1, 7], [2, 6]]) {
      await expect(progress.getByLabel('Vecka').inputValue()).resolves.toBe(String(week));
      await progress.getByLabel('Avklarade moment').fill(String(completed));
      await progress.getByRole('button', { name: 'Rapportera' }).click();
      await progress.getByText(`Vecka ${week}: ${completed} moment rapporterade.`).waitFor();
    }
    const advanced = plan.getByTestId('advanced-track');
    await advanced.waitFor();
    await expectAccessible(page, 'cohort-office-advanced-track');
    await advanced.getByRole('button', { name: 'Godkänn avancerat spår' }).click();
    await advanced.waitFor({ state: 'detached' });
    expect((await journey()).advancedTrack).toBe('accepted');

    // A plan change agreed in a conversation: an ambition out of range is refused and changes nothing; then a slower pace.
    const change = plan.getByTestId('plan-change');
    await change.getByLabel('Ambition (1 = som planerat)').fill('3');
    // The browser's own range check would stop the form: the API's refusal is what is tested here.
    await change.evaluate((form) => {
      (form as unknown as { noValidate: boolean }).noValidate = true;
    });
    await change.getByRole('button', { name: 'Ändra planen' }).click();
    await change.getByRole('alert').waitFor();
    expect((await journey()).planVersion).toBe(assessed.planVersion);
    await change.getByLabel('Ambition (1 = som planerat)').fill('1');
    await change.getByLabel('Takt').selectOption('slower');
    await change.getByRole('button', { name: 'Ändra planen' }).click();
    await change.getByText(/Studieplanen är ändrad \(version 2/).waitFor();
    const changed = await journey();
    expect(changed).toMatchObject({ paceKey: 'slower', planVersion: 2 });
    expect(changed.plan.length).toBeGreaterThan(assessed.plan.length);
    await expectAccessible(page, 'cohort-office-plan-change');

    // Project work: refused before the study weeks are over with items left; the last items, then
    // started, handed in, and the program completed.
    const start = plan.getByTestId('project-start');
    await start.getByLabel('Vecka').fill('3');
    await start.getByRole('button', { name: 'Starta projektarbetet' }).click();
    expect(await start.getByRole('alert').textContent()).toContain('Project work starts after the 10 study weeks, or once every item is done (13 of 17)');
    expect((await journey()).project.status).toBe('not-started');
    await progress.getByLabel('Avklarade moment').fill('4');
    await progress.getByRole('button', { name: 'Rapportera' }).click();
    await progress.getByText('Vecka 3: 4 moment rapporterade.').waitFor();
    await start.getByLabel('Vecka').fill('4');
    await start.getByRole('button', { name: 'Starta projektarbetet' }).click();
    const submit = plan.getByTestId('project-submit');
    await submit.getByLabel('Vecka').fill('6');
    await submit.getByRole('button', { name: 'Registrera inlämningen' }).click();
    await plan.getByTestId('complete-program').getByRole('button', { name: 'Registrera att programmet är fullföljt' }).click();
    await plan.getByTestId('drop-out').waitFor({ state: 'detached' });
    expect(await journey()).toMatchObject({ status: 'completed', completedItems: 17, project: { status: 'submitted', startedWeek: 4, submittedWeek: 6 } });
    await page.getByTestId('participants').getByText('Klar', { exact: true }).waitFor();

    // A second participant drops out before the assessment: asked to confirm, cancelled once, then confirmed.
    const other = await api.ok(api.POST('/persons', { body: personBody({ displayName: 'Viktor Lund', email: 'viktor.lund@example.se', role: 'participant' }) }));
    await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path: { id: small.id } }, body: { personId: other.id } }));
    await api.ok(api.POST('/cohorts/{id}/admissions', { params: { path: { id: small.id } }, body: { personId: other.id } }));
    await eventually(async () => ((await api.call(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: small.id, personId: other.id } } }))).status === 200 ? true : undefined), 15_000, 'the journey to start');
    await page.goto(`${system.baseUrl}/app/cohorts/${small.id}/participants?participant=${other.id}`);
    const drop = page.getByTestId('study-plan').getByTestId('drop-out');
    await drop.getByRole('button', { name: 'Registrera avhopp' }).click();
    await drop.getByRole('button', { name: 'Ångra' }).click();
    await drop.getByRole('button', { name: 'Registrera avhopp' }).click();
    await expectAccessible(page, 'cohort-office-drop-out');
    await drop.getByRole('button', { name: 'Bekräfta avhoppet' }).click();
    await drop.waitFor({ state: 'detached' });
    expect((await api.ok(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: small.id, personId: other.id } } }))).status).toBe('dropped');

    // The dropout moves the lists on without a reload (the page follows the cohort workflow): the admitted list no longer has them.
    await openSection(page, 'lists', 'nav', small.id);
    await page.getByTestId('list-admitted').getByText('Viktor Lund').waitFor({ state: 'detached' });

    // An event beside the modules, in the events section: a title with markup refused and nothing
    // recorded, then recorded and the attendance marked (nobody chosen is refused in the page).
    await openSection(page, 'events', 'nav', small.id);
    const add = page.getByTestId('add-event');
    await add.getByLabel('Aktivitet').fill('Besök <AWS>');
    await add.getByLabel('Datum').fill('2020-01-15');
    await add.getByRole('button', { name: 'Registrera aktiviteten' }).click();
    expect(await add.getByRole('alert').textContent()).toContain('title');
    expect(await api.ok(api.GET('/cohorts/{id}/events', { params: { path: { id: small.id } } }))).toEqual([]);
    await add.getByLabel('Aktivitet').fill('AWS Summit Stockholm');
    await add.getByRole('button', { name: 'Registrera aktiviteten' }).click();
    const attendance = page.getByTestId('attendance');
    await attendance.getByRole('group', { name: 'Vilka deltog i AWS Summit Stockholm?' }).waitFor();
    await attendance.getByRole('button', { name: 'Spara närvaron' }).click();
    await attendance.getByRole('alert').getByText('Välj minst en deltagare').waitFor();
    await attendance.getByLabel('Nora Holm').check();
    await expectAccessible(page, 'cohort-office-event-attendance');
    await attendance.getByRole('button', { name: 'Spara närvaron' }).click();
    await attendance.getByText('1 deltog i AWS Summit Stockholm.').waitFor();
    expect(await api.ok(api.GET('/cohorts/{id}/events', { params: { path: { id: small.id } } }))).toMatchObject([{ kind: 'conference-visit', title: 'AWS Summit Stockholm', heldOn: '2020-01-15', attendees: [person.id] }]);
    await page.getByTestId('events').getByRole('row', { name: /AWS Summit Stockholm/ }).getByRole('cell', { name: '1', exact: true }).waitFor();
    await page.context().close();
  }, 180_000);

  it('runs the admission work of a new cohort: info meeting (a newcomer registered on the spot), interest, an interview booked, admission (beyond capacity refused), the waiting list and an offer answered', async () => {
    const autumn = await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: demo.programId } }, body: { name: 'Fast Track hösten 2020', infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString(), capacity: 1 } }));
    const [saga, ture, mira] = await Promise.all(
      ['Saga', 'Ture', 'Mira'].map((first) => api.ok(api.POST('/persons', { body: personBody({ displayName: `${first} Ekström`, email: `${first.toLowerCase()}.ekstrom@example.se`, role: 'participant' }) }))),
    );
    const page = await signedInPage(browser, system.baseUrl, office.token);
    // A task's link to the cohort (an interview's outcome) and the office's admission work land in the admission section.
    await openSection(page, 'admission', 'address', autumn.id);
    const work = page.getByTestId('admission-work');
    await work.waitFor();
    await expectAccessible(page, 'cohort-office-admission-work');

    // The info meeting: nobody ticked is refused in the page; the three found by name recorded.
    const meeting = work.getByTestId('info-meeting');
    await meeting.getByRole('button', { name: 'Registrera närvaro' }).click();
    await meeting.getByRole('alert').getByText('Välj minst en person.').waitFor();
    // Someone not registered yet: a taken email is refused and nobody is added; then registered and ticked.
    const newcomer = work.getByTestId('new-participant');
    await newcomer.getByLabel('Namn').fill('Ebba Ekström');
    await newcomer.getByLabel('E-post').fill('saga.ekstrom@example.se');
    await newcomer.getByRole('button', { name: 'Registrera deltagaren' }).click();
    await newcomer.getByRole('alert').waitFor();
    expect((await api.ok(api.GET('/persons', { params: { query: { search: 'Ebba' } } }))).total).toBe(0);
    await newcomer.getByLabel('E-post').fill('ebba.ekstrom@example.se');
    await newcomer.getByRole('button', { name: 'Registrera deltagaren' }).click();
    await newcomer.getByText('Ebba Ekström är registrerad och markerad i listan.').waitFor();
    expect(await meeting.getByLabel('Ebba Ekström').isChecked()).toBe(true);
    await meeting.getByLabel('Sök deltagare (namn)').fill('Ekström');
    for (const name of ['Mira Ekström', 'Saga Ekström', 'Ture Ekström']) await meeting.getByLabel(name).check();
    expect(await meeting.locator('input[type="checkbox"]').count()).toBe(4);
    await meeting.getByRole('button', { name: 'Registrera närvaro' }).click();
    await meeting.getByText('4 har nu kommit till informationsmötet.').waitFor();
    const candidates = work.getByTestId('candidates');
    await candidates.getByRole('row', { name: /Ture Ekström/ }).waitFor();
    expect(await candidates.locator('tbody tr').count()).toBe(4);
    await candidates.getByRole('row', { name: /Ebba Ekström/ }).getByText('Var på informationsmötet').waitFor();

    // Interest registered for each, from the candidates table.
    for (const name of ['Mira Ekström', 'Saga Ekström', 'Ture Ekström']) {
      await candidates.getByRole('button', { name: `Anmäl intresse – ${name}` }).click();
      await candidates.getByRole('row', { name: new RegExp(name) }).getByText('Har anmält intresse').waitFor();
    }

    // An interview with Saga, booked as a task for the interviewer.
    await candidates.getByRole('button', { name: 'Boka intervju – Saga Ekström' }).click();
    const booking = work.getByTestId('book-interview');
    // The form takes focus when it opens.
    await eventually(async () => ((await page.evaluate('document.activeElement?.id')) === 'book-heading' ? true : undefined), 5_000, 'the focus on the booking form');
    await booking.getByLabel('Intervjuare').selectOption({ label: office.person.displayName });
    await booking.getByLabel('Tid').fill('2030-03-02T10:00');
    await expectAccessible(page, 'cohort-office-book-interview');
    await booking.getByRole('button', { name: 'Boka intervjun' }).click();
    await booking.getByText('Intervjun är bokad').waitFor();
    await candidates.getByRole('row', { name: /Saga Ekström/ }).getByText(/^Bokad /).waitFor();
    const interview = (await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: autumn.id } } }))).interviews.find((i: { personId: string }) => i.personId === saga.id);
    // 10:00 on the office's Swedish wall clock (the browser runs in Europe/Stockholm): 09:00 UTC in March.
    expect(interview).toMatchObject({ status: 'open', interviewerId: office.person.id, startsAt: '2030-03-02T09:00:00.000Z' });

    // Ture admitted; Mira beyond the one place refused (nothing changes), then on the waiting list.
    await candidates.getByRole('button', { name: 'Anta – Ture Ekström' }).click();
    await page.getByTestId('list-admitted').getByText('Ture Ekström').waitFor();
    await candidates.getByRole('button', { name: 'Anta – Mira Ekström' }).click();
    // The refusal in Swedish by its status, the system's own explanation after it, marked as English.
    const refusal = candidates.getByRole('row', { name: /Mira Ekström/ }).getByRole('alert');
    expect(await refusal.locator('strong').textContent()).toBe('Det går inte att genomföra nu');
    expect(await refusal.locator('[lang="en"]').textContent()).toMatch(/full/i);
    expect((await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: autumn.id } } }))).admitted.map((a: { personId: string }) => a.personId)).toEqual([ture.id]);
    await candidates.getByLabel('Lista för Mira Ekström').selectOption('waiting');
    await candidates.getByRole('button', { name: 'Placera på listan – Mira Ekström' }).click();
    await page.getByTestId('list-waiting').getByText('Mira Ekström').waitFor();
    // Left among the candidates: Saga (interview booked) and Ebba (came to the meeting only).
    expect(await candidates.locator('tbody th').allTextContents()).toEqual(['Ebba Ekström', 'Saga Ekström']);

    // Ture withdraws (through the API); the place is offered to Mira, who answers the office: accepted for her.
    await api.ok(api.POST('/cohorts/{id}/withdrawals', { params: { path: { id: autumn.id } }, body: { personId: ture.id } }));
    const offers = page.getByTestId('open-offers');
    // The page follows the cohort by itself: the offer appears without a reload.
    await offers.getByRole('button', { name: 'Tackar ja – Mira Ekström' }).waitFor();
    expect(await offers.locator('li').textContent()).toMatch(/^Mira Ekström – svar senast /);
    await expectAccessible(page, 'cohort-office-open-offer');
    await offers.getByRole('button', { name: 'Tackar ja – Mira Ekström' }).click();
    await page.getByTestId('list-admitted').getByText('Mira Ekström').waitFor();
    expect((await api.ok(api.GET('/cohorts/{id}', { params: { path: { id: autumn.id } } }))).admitted.map((a: { personId: string }) => a.personId)).toEqual([mira.id]);
    await page.context().close();
  }, 180_000);

  it('shows a manager the same cohort, in Swedish and English, with no command buttons, and the final report to download', async () => {
    const page = await signedInPage(browser, system.baseUrl, manager.token);
    await expectCohortContent(page, 'cohort-manager');
    // No command: only the final report's downloads (the charts' tables open from <summary>); in the
    // header the language and sign-out buttons.
    expect(await page.locator('main button, main [role="button"], main input[type="submit"]').allTextContents()).toEqual(['Ladda ner som Markdown', 'Ladda ner som HTML', 'Ladda ner som JSON']);
    expect(await page.locator('header button').count()).toBe(2);
    expect(await page.getByTestId('add-focus-group').count()).toBe(0);
    for (const section of ['overview', 'admission', 'lists', 'participants', 'events'] as const) {
      await openSection(page, section, 'nav');
      expect(await page.locator('main button, main [role="button"], main input[type="submit"]').count()).toBe(0);
    }
    await openSection(page, 'report', 'nav');
    // The manager downloads the final report, compared with the reference cohort shown on the page.
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner som JSON' }).click()]);
    expect(file.suggestedFilename()).toBe('slutrapport-fast-track-hosten-2019-sv.json');
    const report = JSON.parse(await readFile((await file.path())!, 'utf8'));
    // Nobody in the demo cohort withdrew or left: everyone given a place started.
    expect(report.admission).toMatchObject({ attendees: cohort.counts.attendees, registered: cohort.counts.registered, admitted: cohort.counts.admitted, withdrawn: 0, started: cohort.counts.admitted, waiting: cohort.lists.waiting.length });
    expect(report.reference.name).toBe(referenceName);
    expect(report.knowledgeLevels.map((l: { week: number }) => l.week)).toEqual(expect.arrayContaining([0, 3, 6]));

    // A link from before the sections (?participant=…) lands on the participants section with the plan open.
    await page.goto(`${system.baseUrl}/app/cohorts/${demo.cohortId}?participant=${cohort.admitted[0].personId}`);
    await page.getByTestId('plan-table').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/app/cohorts/${demo.cohortId}/participants`);
    await page.locator('header').getByRole('button', { name: 'In English' }).click();
    await page.getByRole('navigation', { name: "The cohort's pages" }).getByRole('link', { name: 'Lists', exact: true }).click();
    await page.getByRole('heading', { level: 3, name: /^Waiting list/ }).waitFor();
    expect(await page.getByTestId('list-waiting').locator('h3').textContent()).toContain(`${cohort.lists.waiting.length} people`);
    await expectAccessible(page, 'cohort-manager-en');
    await page.getByRole('navigation', { name: "The cohort's pages" }).getByRole('link', { name: 'Report', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '· Report' }).waitFor();
    await page.getByTestId('final-report').waitFor();
    expect(await page.locator('main button').allTextContents()).toEqual(['Download as Markdown', 'Download as HTML', 'Download as JSON']);
    await expectAccessible(page, 'cohort-manager-en-report');
    await page.context().close();
  }, 180_000);
});
