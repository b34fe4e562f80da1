import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ok } from '@gov/api-client';
import type { Browser } from 'playwright-core';
import { taskBody } from '@gov/devstack';
import { checkPage, describeViolations, launchBrowser, signedInPage } from '../support/browser.js';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { startSystem, type TestSystem } from '../support/system.js';

/** A moment's day in Swedish time, YYYY-MM-DD (the week page's days). */
const stockholmDay = (moment: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(moment));

/**
 * In the browser: a newcomer's first run — the UI in the browser's language, the project office's
 * start panel on an empty system — and a contact person's "This week" with a meeting and a deadline.
 */
describe('web UI: first run and this week', () => {
  let system: TestSystem;
  let browser: Browser;
  let office: TestPerson;

  beforeAll(async () => {
    // A database of its own: the start panel is offered on an empty system only.
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' }, { ownDatabase: true });
    office = await createPerson(system, 'project_office');
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('speaks the browser’s language when the person has chosen none: English for en-GB, Swedish for de-DE', async () => {
    for (const [locale, heading, lang] of [
      ['en-GB', 'Program and project governance', 'en'],
      ['de-DE', 'Styrning av program och projekt', 'sv'],
      ['sv-SE', 'Styrning av program och projekt', 'sv'],
    ] as const) {
      const context = await browser.newContext({ locale, timezoneId: 'Europe/Stockholm' });
      const page = await context.newPage();
      await page.goto(`${system.baseUrl}/app/`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect([locale, await page.evaluate('document.documentElement.lang')]).toEqual([locale, lang]);
      await page.getByRole('button', { name: lang === 'en' ? 'Sign in' : 'Logga in', exact: true }).waitFor();
      await context.close();
    }
  });

  it('offers the project office the demo and the first steps on an empty system, marking a step done once its data is there', async () => {
    // On the office's home, the portfolio overview, too: its program step leads to the programs page.
    const home = await signedInPage(browser, system.baseUrl, office.token);
    const welcome = home.getByTestId('first-run');
    await welcome.getByRole('heading', { name: 'Välkommen! Så kommer du i gång' }).waitFor();
    expect(await welcome.getByRole('link', { name: 'Till Program' }).getAttribute('href')).toBe('/app/programs#create-program');
    await home.context().close();
    const page = await signedInPage(browser, system.baseUrl, office.token, { path: '/app/programs' });
    const panel = page.getByTestId('first-run');
    await panel.getByRole('heading', { name: 'Välkommen! Så kommer du i gång' }).waitFor();
    await panel.getByRole('heading', { name: 'Ladda demodata' }).waitFor();
    await panel.getByText('npm run demo').waitFor();
    expect(await panel.locator('li[data-step]').evaluateAll((steps) => steps.map((s) => [s.getAttribute('data-step'), s.getAttribute('data-done')]))).toEqual([
      ['people', 'false'],
      ['program', 'false'],
    ]);
    expect(await panel.getByRole('link', { name: 'Till Personer' }).getAttribute('href')).toBe('/app/people');
    expect(describeViolations(await checkPage(page, 'first-run'))).toBe('');

    // The first organization and its contact person: the first step is done.
    const org = await createOrganization(system, 'Kultur- och fritidsförvaltningen');
    await createPerson(system, 'contact_person', { organizationId: org.id });
    await page.reload();
    await panel.locator('li[data-step="people"][data-done="true"]').waitFor();
    await panel.locator('li[data-step="program"][data-done="false"]').waitFor();

    // The first program: the panel has done its work.
    await page.getByLabel('Namn').fill('Kraftsamling Skola först');
    await page.getByRole('button', { name: 'Skapa och starta programmet' }).click();
    await page.waitForURL(/\/app\/programs\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'Program', exact: true }).click();
    await page.getByTestId('program-list').waitFor();
    expect(await page.getByTestId('first-run').count()).toBe(0);
  });

  it('shows a contact person’s week with a meeting and a deadline on their days, from the navigation', async () => {
    const org = await createOrganization(system);
    const anna = await createPerson(system, 'contact_person', { organizationId: org.id, displayName: 'Anna Ek' });
    const dueAt = new Date(Date.now() + 2 * 3600_000).toISOString();
    const deadline = await ok(system.client(office.token).POST('/tasks', { body: taskBody({ title: 'Lämna lägesrapporten', assigneeId: anna.person.id, dueAt }) }));
    const startsAt = new Date(Date.now() + 26 * 3600_000);
    const meeting = await ok(
      system.client(office.token).POST('/tasks', {
        body: taskBody({
          title: 'Nätverksträff 2',
          assigneeId: anna.person.id,
          dueAt: startsAt.toISOString(),
          meeting: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(), location: 'Stadshuset, sal B' },
        }),
      }),
    );

    const page = await signedInPage(browser, system.baseUrl, anna.token, { path: '/app/tasks' });
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Den här veckan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Den här veckan' }).waitFor();
    const week = page.getByTestId('week');
    const meetingEntry = week.locator(`section[data-day="${stockholmDay(startsAt.toISOString())}"] li[data-task-id="${meeting.id}"]`);
    await meetingEntry.waitFor();
    expect(await meetingEntry.getAttribute('data-kind')).toBe('meeting');
    await meetingEntry.getByText('Möte').waitFor();
    await meetingEntry.getByText('Stadshuset, sal B').waitFor();
    await meetingEntry.getByRole('link', { name: 'Nätverksträff 2' }).waitFor();
    const deadlineEntry = week.locator(`section[data-day="${stockholmDay(dueAt)}"] li[data-task-id="${deadline.id}"]`);
    await deadlineEntry.waitFor();
    expect(await deadlineEntry.getAttribute('data-kind')).toBe('deadline');
    await deadlineEntry.getByText('Sista dag').waitFor();
    await deadlineEntry.getByText(/^senast \d\d:\d\d$/).waitFor();
    // Two weeks of seven days each, today marked.
    expect(await week.locator('section[data-day]').count()).toBe(14);
    expect(await week.locator('section[aria-current="date"]').getAttribute('data-day')).toBe(stockholmDay(new Date().toISOString()));
    // The calendar subscription at hand.
    await page.getByRole('heading', { name: 'Kalenderprenumeration' }).waitFor();
    expect(describeViolations(await checkPage(page, 'week-contact-person'))).toBe('');

    // The next week and back: the entries follow the weeks.
    await page.getByRole('button', { name: 'Nästa vecka' }).click();
    await page.getByRole('button', { name: 'Till den här veckan' }).click();
    await meetingEntry.waitFor();
  });

  it('gives a participant their own week, in English when they choose it', async () => {
    const participant = await createPerson(system, 'participant');
    const page = await signedInPage(browser, system.baseUrl, participant.token, { path: '/app/week', lang: 'en' });
    await page.getByRole('heading', { level: 1, name: 'This week' }).waitFor();
    await page.getByTestId('week-0').getByText('Nothing planned.').first().waitFor();
    expect(await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'This week' }).getAttribute('aria-current')).toBe('page');
    expect(describeViolations(await checkPage(page, 'week-participant'))).toBe('');
  });
});
