import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { taskBody } from '@gov/devstack';
import { AuditEventEntity } from '@gov/persistence';
import { SmtpSink } from '../../libs/devstack/src/smtp-sink.js';
import { checkPage, describeViolations, launchBrowser, signedInPage } from '../support/browser.js';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

/** A day in Swedish time as the date input takes it. */
const day = (offsetDays: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date(Date.now() + offsetDays * 86_400_000));

/**
 * In the browser: a contact person sets her absence with a substitute; her new task and its
 * reminder go to him, he sees it in his inbox as her substitute and completes it there, on her
 * behalf; the project office hands selected tasks over in bulk.
 */
describe('web UI: absence and substitute, bulk reassignment, handover', () => {
  let system: TestSystem;
  let smtp: SmtpSink;
  let browser: Browser;
  let office: TestPerson;
  let anna: TestPerson;
  let bo: TestPerson;

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    // A database of its own: the project office's inbox lists everyone's tasks, and other specs' would fill its page.
    system = await startSystem({ SMTP_URL: smtp.url, OUTBOX_POLL_MS: '100', RATE_LIMIT_PER_MINUTE: '1000000' }, { ownDatabase: true });
    const orgId = (await createOrganization(system, `Tekniska förvaltningen ${Date.now()}`)).id;
    office = await createPerson(system, 'project_office');
    anna = await createPerson(system, 'contact_person', { organizationId: orgId, displayName: 'Anna Ek' });
    bo = await createPerson(system, 'contact_person', { organizationId: orgId, displayName: 'Bo Lind' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    await smtp?.stop();
  });

  it('sends her new task and its reminder to her substitute, who completes it on her behalf', async () => {
    const annasPage = await signedInPage(browser, system.baseUrl, anna.token, { path: '/app/tasks' });
    const absence = annasPage.getByTestId('absence');
    await absence.waitFor();
    await absence.getByLabel('Från och med').fill(day(0));
    await absence.getByLabel('Till och med').fill(day(14));
    await absence.getByLabel('Ersättare').selectOption({ label: 'Bo Lind' });
    await absence.getByRole('button', { name: 'Spara frånvaron' }).click();
    await absence.getByText('Frånvaron är sparad. Bo Lind är din ersättare.').waitFor();
    await absence.getByText(/Pågår: .* ersättare Bo Lind/).waitFor();
    expect(describeViolations(await checkPage(annasPage, 'absence-set'))).toBe('');

    // A new task for Anna, due in two seconds with a reminder on the moment.
    const task = (await system.client(office.token).POST('/tasks', { body: taskBody({ title: 'Beställ skyltar', assigneeId: anna.person.id, dueAt: new Date(Date.now() + 2_000).toISOString(), reminderPolicy: { before: ['PT0S'] } }) })).data!;
    const mail = await eventually(async () => smtp.to(bo.person.email).find((m) => m.idempotencyKey === `task-${task.id}/due-0/reminder-1`), 30_000, 'the reminder to Bo');
    expect(mail.text).toContain('som ersättare för Anna Ek');

    const bosPage = await signedInPage(browser, system.baseUrl, bo.token, { path: '/app/tasks' });
    const entry = bosPage.locator(`[data-task-id="${task.id}"]`);
    await entry.waitFor();
    await entry.getByText('Som ersättare för Anna Ek').waitFor();
    expect(describeViolations(await checkPage(bosPage, 'absence-substitute-inbox'))).toBe('');
    await entry.getByRole('link', { name: 'Beställ skyltar' }).click();
    await bosPage.getByRole('button', { name: 'Markera som klar' }).click();
    await bosPage.getByText('Uppgiften är klar och har lämnat inkorgen.').waitFor();

    const completed = await eventually(async () => (await system.db.getRepository(AuditEventEntity).findOneBy({ type: 'task.completed', workflowId: `task-${task.id}` })) ?? undefined, 30_000, 'the completion on the record');
    expect([completed.actorId, completed.data.onBehalfOf]).toEqual([bo.person.id, anna.person.id]);

    // Anna ends her absence: nothing is Bo's to see any more.
    await annasPage.reload();
    await annasPage.getByTestId('absence').getByRole('button', { name: 'Avsluta frånvaron' }).click();
    await annasPage.getByText('Frånvaron är avslutad. Uppgifterna är dina igen.').waitFor();
    expect((await system.client(bo.token).GET('/me/tasks')).data!.total).toBe(0);
  });

  it('lets the project office hand selected tasks to someone else in one go', async () => {
    const ids: string[] = [];
    for (const title of ['Boka lokal', 'Skicka kallelse', 'Beställ fika']) {
      ids.push((await system.client(office.token).POST('/tasks', { body: taskBody({ title, assigneeId: anna.person.id, dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }) })).data!.id);
    }
    const page = await signedInPage(browser, system.baseUrl, office.token, { path: '/app/tasks' });
    await page.locator(`[data-task-id="${ids[0]}"]`).waitFor();
    await page.getByLabel('Markera Boka lokal').check();
    await page.getByLabel('Markera Skicka kallelse').check();
    await page.getByLabel('Lämna över markerade till').selectOption({ label: 'Bo Lind' });
    await page.getByRole('button', { name: 'Lämna över' }).click();
    await page.getByText('2 uppgifter lämnades över till Bo Lind.').waitFor();
    expect(describeViolations(await checkPage(page, 'bulk-reassign'))).toBe('');
    const mine = (await system.client(bo.token).GET('/me/tasks')).data!.items.map((t) => t.id);
    expect(mine.sort()).toEqual([ids[0], ids[1]].sort());
    expect((await system.client(anna.token).GET('/me/tasks')).data!.items.map((t) => t.id)).toContain(ids[2]);
  });

  it('hands a leaving contact person’s work to her successor from the people page, previewed first', async () => {
    for (const title of ['Rapportera läget till nätverket', 'Uppdatera kontaktlistan', 'Planera workshop', 'Svara på enkäten']) {
      await system.client(office.token).POST('/tasks', { body: taskBody({ title, assigneeId: anna.person.id, dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }) });
    }
    const held = (await system.client(anna.token).GET('/me/tasks')).data!.total;
    expect(held).toBe(5);
    const page = await signedInPage(browser, system.baseUrl, office.token, { path: '/app/people' });
    const handover = page.getByTestId('handover');
    await handover.waitFor();
    await handover.getByLabel('Kontaktperson som lämnar').selectOption({ label: 'Anna Ek' });
    await handover.getByLabel('Efterträdare').selectOption({ label: 'Bo Lind' });
    await handover.getByRole('button', { name: 'Förhandsgranska' }).click();
    await handover.getByText('Anna Ek har 5 öppna uppgifter, 0 aktiviteter, 0 nätverksplatser och 0 grindbeslut att lämna över. Anna Ek är också organisationens kontaktperson; det går över till efterträdaren.').waitFor();
    // The preview changed nothing.
    expect((await system.client(anna.token).GET('/me/tasks')).data!.total).toBe(5);
    expect(describeViolations(await checkPage(page, 'handover-preview'))).toBe('');
    await handover.getByRole('button', { name: 'Lämna över allt' }).click();
    await handover.getByText('6 saker lämnades över till Bo Lind.').waitFor();
    expect((await system.client(anna.token).GET('/me/tasks')).data!.total).toBe(0);
    expect((await system.client(bo.token).GET('/me/tasks')).data!.total).toBe(7);
    expect(await system.db.getRepository(AuditEventEntity).countBy({ type: 'person.handed_over', subjectPersonId: bo.person.id })).toBe(6);
  });
});
