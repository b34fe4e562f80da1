import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { simpleParser } from 'mailparser';
import type { Browser } from 'playwright-core';
import { startMailpit, taskBody, type Mailpit, type MailpitSummary } from '@gov/devstack';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

/**
 * The mail a person gets, where `npm start` delivers it: the notifier sends over SMTP to Mailpit,
 * and the reminder and the meeting invitation are read back from Mailpit's API (subject,
 * recipient, the invitation's calendar part) and seen in its web UI in Chromium, whose link opens the
 * task in the system's web UI.
 */
describe('web: reminders and invitations in Mailpit', () => {
  let mailpit: Mailpit;
  let system: TestSystem;
  let browser: Browser;
  let office: TestPerson;
  let anna: TestPerson;

  beforeAll(async () => {
    mailpit = await startMailpit({ binPath: process.env.TEST_MAILPIT_PATH! });
    system = await startSystem({ SMTP_URL: mailpit.smtpUrl, OUTBOX_POLL_MS: '100', RATE_LIMIT_PER_MINUTE: '1000000' });
    office = await createPerson(system, 'project_office');
    anna = await createPerson(system, 'contact_person', { organizationId: (await createOrganization(system)).id, displayName: 'Anna Ek' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    await mailpit?.stop();
  });

  it('delivers a task reminder and a meeting invitation that Mailpit shows as sent', async () => {
    const api = system.client(office.token);
    // Due in two seconds with a reminder on the moment: the reminder goes out without waiting.
    const report = (await api.POST('/tasks', { body: taskBody({ title: 'Skicka lägesrapporten', assigneeId: anna.person.id, dueAt: new Date(Date.now() + 2_000).toISOString(), reminderPolicy: { before: ['PT0S'] } }) })).data!;
    const meeting = (
      await api.POST('/tasks', {
        body: taskBody({
          title: 'Nätverksträff Skola först',
          assigneeId: anna.person.id,
          dueAt: '2027-03-04T13:00:00+01:00',
          meeting: { startsAt: '2027-03-04T13:00:00+01:00', endsAt: '2027-03-04T15:00:00+01:00', location: 'Stadshuset, sal B' },
        }),
      })
    ).data!;

    const toAnna = (subject: string) => async (): Promise<MailpitSummary | undefined> => (await mailpit.search(`to:${anna.person.email}`)).find((m) => m.Subject.startsWith(subject));
    const reminder = await eventually(toAnna('Påminnelse: Skicka lägesrapporten'), 30_000, 'the reminder in Mailpit');
    const invitation = await eventually(toAnna('Inbjudan: Nätverksträff Skola först'), 30_000, 'the invitation in Mailpit');

    expect(reminder.To.map((a) => a.Address)).toEqual([anna.person.email]);
    expect(reminder.Subject).toMatch(/^Påminnelse: Skicka lägesrapporten \(senast \d+ \p{L}+ \d{4} kl\. \d{2}:\d{2}\)$/u);
    const reminderMail = await mailpit.message(reminder.ID);
    expect(reminderMail.From.Address).toBe('noreply@governance.localhost');
    expect(reminderMail.Text).toContain('Hej Anna Ek,');
    expect(reminderMail.Text).toContain('Du har en uppgift att utföra: "Skicka lägesrapporten".');
    expect(reminderMail.Text).toContain(`Öppna uppgiften: ${system.baseUrl}/app/tasks/${report.id}`);
    expect((await mailpit.headers(reminder.ID))['X-Idempotency-Key']).toEqual([`task-${report.id}/due-0/reminder-1`]);

    expect(invitation.To.map((a) => a.Address)).toEqual([anna.person.email]);
    expect(invitation.Subject).toBe('Inbjudan: Nätverksträff Skola först (4 mars 2027 kl. 13:00)');
    const invitationMail = await mailpit.message(invitation.ID);
    expect(invitationMail.Text).toContain('Du är inbjuden till "Nätverksträff Skola först" 4 mars 2027 kl. 13:00, Stadshuset, sal B.');
    // Mailpit lists the attached invitation.ics; the same event is the text/calendar alternative calendar clients answer.
    const attached = invitationMail.Attachments.find((a) => a.FileName === 'invitation.ics');
    expect(attached?.ContentType).toBe('application/ics');
    const ics = await mailpit.part(invitation.ID, attached!.PartID);
    const raw = await mailpit.raw(invitation.ID);
    expect(raw).toMatch(/^Content-Type: text\/calendar; charset=utf-8; method=REQUEST\r?$/m);
    const alternative = (await simpleParser(raw)).attachments.find((a) => a.contentType === 'text/calendar');
    expect(alternative?.content.toString('utf8')).toBe(ics);
    const calendar = ics.replace(/\r?\n[ \t]/g, ''); // unfold RFC 5545 lines
    expect(calendar).toContain('METHOD:REQUEST');
    expect(calendar).toContain(`UID:task-${meeting.id}@governance`);
    expect(calendar).toContain('DTSTART:20270304T120000Z'); // 13:00 in Stockholm
    expect(calendar).toContain('DTEND:20270304T140000Z');
    expect(calendar).toContain('LOCATION:Stadshuset\\, sal B');
    expect(calendar).toMatch(new RegExp(`ATTENDEE;[^\\r\\n]*mailto:${anna.person.email}`, 'i'));

    // Mailpit's web UI lists both; opening the reminder shows its text.
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(mailpit.webUrl);
    const rows = page.getByTestId('message-row');
    await rows.filter({ hasText: 'Inbjudan: Nätverksträff Skola först' }).waitFor();
    const row = rows.filter({ hasText: 'Påminnelse: Skicka lägesrapporten' });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain(anna.person.email);
    await screenshot(page, 'mailpit-inbox');
    await row.click();
    const preview = page.frameLocator('#preview-html');
    await preview.getByText('Du har en uppgift att utföra: "Skicka lägesrapporten".').waitFor();
    await screenshot(page, 'mailpit-reminder');

    // Its link opens the task in the web UI for the person it was sent to.
    const link = await preview.getByRole('link', { name: 'Öppna uppgiften' }).getAttribute('href');
    expect(link).toBe(`${system.baseUrl}/app/tasks/${report.id}`);
    const annasPage = await signedInPage(browser, system.baseUrl, anna.token, { path: new URL(link!).pathname });
    await annasPage.getByRole('heading', { level: 1, name: 'Skicka lägesrapporten' }).waitFor();
    expect(annasPage.url()).toBe(link);
  });
});
