import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer as call } from '@gov/api-client';
import { taskBody } from '@gov/devstack';
import { DateTime } from 'luxon';
import { verifyWebhook } from '@gov/notifications';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { SmtpSink } from '../../libs/devstack/src/smtp-sink.js';
import { eventually, invalid, startSystem, type TestSystem } from '../support/system.js';

const PUBLIC_URL = 'https://styrning.vasteras.se';
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

interface Delivery {
  event: string;
  deliveryId: string;
  signatureValid: boolean;
  body: { id: string; type: string; data: Record<string, unknown> };
}

/** Another municipal system receiving webhooks; it can be told to fail the first attempts. */
class WebhookReceiver {
  readonly deliveries: Delivery[] = [];
  attempts = 0;
  failFirst = 0;
  secret = '';
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.attempts++;
        if (this.failFirst > 0) {
          this.failFirst--;
          res.writeHead(503).end();
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        this.deliveries.push({
          event: String(req.headers['x-governance-event']),
          deliveryId: String(req.headers['x-governance-delivery']),
          signatureValid: verifyWebhook(this.secret, raw, req.headers['x-governance-signature'] as string | undefined),
          body: JSON.parse(raw),
        });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as { port: number }).port}/hooks/governance`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

describe('notification channels: webhooks, calendar invitations, daily digests', () => {
  let system: TestSystem;
  let smtp: SmtpSink;
  let receiver: WebhookReceiver;
  let office: TestPerson;
  let anna: TestPerson;

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    receiver = new WebhookReceiver();
    system = await startSystem({ SMTP_URL: smtp.url, OUTBOX_POLL_MS: '100', PUBLIC_URL });
    office = await createPerson(system, 'project_office');
    anna = await createPerson(system, 'contact_person', { organizationId: (await createOrganization(system)).id });
  });

  afterAll(async () => {
    await system?.stop();
    await smtp?.stop();
    await receiver?.stop();
  });

  /** The typed client as a person; `call` gives status and body whatever it answered. */
  const client = (token: string) => system.client(token);

  it('posts signed task events to a subscribed system, retrying until it answers, once per event', async () => {
    const url = await receiver.start();
    const refused = await call(client(office.token).POST('/webhooks', { body: { name: 'Ärendesystem', url: 'ftp://example.se/x', events: ['task.completed', 'Task Done'] } }));
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['events', 'url']);
    expect((await call(client(anna.token).POST('/webhooks', { body: { name: 'x', url, events: ['*'] } }))).status).toBe(403);

    const created = await call(client(office.token).POST('/webhooks', { body: { name: 'Ärendesystem', url, events: ['task.created', 'task.completed'] } }));
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    receiver.secret = created.body.secret;
    const listed = await call(client(office.token).GET('/webhooks'));
    expect(listed.body.find((w: { id: string }) => w.id === created.body.id)).toEqual(expect.not.objectContaining({ secret: expect.anything() }));

    receiver.failFirst = 2; // the receiving system is down for the first two attempts
    const task = await call(client(office.token).POST('/tasks', { body: taskBody({ title: 'Skicka in behovsanalysen', assigneeId: anna.person.id, dueAt: inSeconds(3600) }) }));
    expect(task.status).toBe(201);
    expect((await call(client(anna.token).POST('/tasks/{id}/complete', { params: { path: { id: task.body.id } }, body: {} }))).status).toBe(200);

    const ours = () => receiver.deliveries.filter((d) => d.body.data.taskId === task.body.id);
    await eventually(async () => (ours().length >= 2 ? true : undefined), 30_000, 'both webhook deliveries');
    await new Promise((r) => setTimeout(r, 1_500)); // room for any duplicate to show
    const deliveries = ours();
    // Retries can reorder deliveries; receivers order by occurredAt.
    expect(deliveries.map((d) => d.event).sort()).toEqual(['task.completed', 'task.created']);
    expect(deliveries.every((d) => d.signatureValid)).toBe(true);
    expect(new Set(deliveries.map((d) => d.deliveryId)).size).toBe(2);
    expect(receiver.attempts).toBeGreaterThanOrEqual(4);
    // Identifiers only: no names or email addresses leave in webhooks.
    expect(JSON.stringify(deliveries)).not.toContain(anna.person.email);
    expect(verifyWebhook('wrong-secret', JSON.stringify(deliveries[0].body), 't=1,v1=00')).toBe(false);

    expect((await call(client(office.token).DELETE('/webhooks/{id}', { params: { path: { id: created.body.id } } }))).status).toBe(204);
    const after = await call(client(office.token).POST('/tasks', { body: taskBody({ title: 'Efter avregistrering', assigneeId: anna.person.id, dueAt: inSeconds(3600) }) }));
    await new Promise((r) => setTimeout(r, 2_000));
    expect(receiver.deliveries.some((d) => d.body.data.taskId === after.body.id)).toBe(false);
  });

  it('sends a calendar invitation for a meeting task, and again to a new assignee', async () => {
    const erik = await createPerson(system, 'contact_person', { organizationId: anna.person.organizationId!, locale: 'en' });
    const bad = await call(client(office.token).POST('/tasks', { body: taskBody({
      title: 'Informationsmöte',
      assigneeId: anna.person.id,
      dueAt: inSeconds(3600),
      meeting: invalid({ startsAt: '2026-12-03T13:00:00+01:00', endsAt: '2026-12-03T12:00:00+01:00', room: 'A' }),
    }) }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['meeting.endsAt', 'meeting.room']);

    const created = await call(client(office.token).POST('/tasks', { body: taskBody({
      title: 'Informationsmöte Fast Track',
      instructions: 'Presentation av utbildningen, frågor och svar.',
      assigneeId: anna.person.id,
      dueAt: '2026-12-03T13:00:00+01:00',
      reminderPolicy: { before: ['P1D'] },
      meeting: { startsAt: '2026-12-03T13:00:00+01:00', endsAt: '2026-12-03T15:00:00+01:00', location: 'Stadshuset, sal A' },
    }) }));
    expect(created.status).toBe(201);
    expect(created.body.meeting.location).toBe('Stadshuset, sal A');
    const id = created.body.id;
    const invitation = await eventually(async () => smtp.received.find((m) => m.idempotencyKey === `task-${id}/due-0/invitation-1`), 15_000, 'the invitation');
    expect(invitation.to).toBe(anna.person.email);
    expect(invitation.subject).toBe("Inbjudan: Informationsmöte Fast Track (3 december 2026 kl. 13:00)");
    const calendar = invitation.calendar!.replace(/\r?\n[ \t]/g, ''); // unfold RFC 5545 lines
    expect(calendar).toContain('METHOD:REQUEST');
    expect(calendar).toContain(`UID:task-${id}@governance`);
    expect(calendar).toContain('DTSTART:20261203T120000Z'); // 13:00 in Stockholm
    expect(calendar).toContain('DTEND:20261203T140000Z');
    expect(calendar).toContain('LOCATION:Stadshuset\\, sal A');
    expect(calendar).toMatch(new RegExp(`ATTENDEE;[^\\r\\n]*mailto:${anna.person.email}`, 'i'));

    expect((await call(client(office.token).POST('/tasks/{id}/reassign', { params: { path: { id } }, body: { assigneeId: erik.person.id } }))).status).toBe(200);
    const second = await eventually(async () => smtp.received.find((m) => m.idempotencyKey === `task-${id}/due-1/invitation-1`), 15_000, 'the new invitation');
    expect(second.to).toBe(erik.person.email);
    expect(second.subject).toMatch(/^Invitation: Informationsmöte Fast Track/);
    expect(second.calendar).toContain(`UID:task-${id}@governance`);
  });

  it('gathers reminders into one daily digest at the person’s chosen time, escalations still at once', async () => {
    const bo = await createPerson(system, 'contact_person', { organizationId: anna.person.organizationId! });
    // The digest goes out at the next whole minute in Swedish time that leaves the reminders time to fall due.
    const now = DateTime.now().setZone('Europe/Stockholm');
    const at = now.plus({ seconds: now.second > 45 ? 90 : 60 }).startOf('minute');
    const digestTime = at.toFormat('HH:mm');
    expect((await call(client(bo.token).PATCH('/me/preferences', { body: invalid({ mailDelivery: 'weekly' }) }))).status).toBe(400);
    const prefs = await call(client(bo.token).PATCH('/me/preferences', { body: { mailDelivery: 'daily_digest', digestTime } }));
    expect(prefs.status).toBe(200);
    expect(prefs.body).toMatchObject({ mailDelivery: 'daily_digest', digestTime });

    const titles = ['Boka lokal', 'Skicka deltagarlista'];
    const ids: string[] = [];
    for (const title of titles) {
      const res = await call(client(office.token).POST('/tasks', { body: taskBody({
        title,
        assigneeId: bo.person.id,
        dueAt: inSeconds(2),
        reminderPolicy: { before: ['PT1S', 'PT0S'], escalateAfter: 'PT1S' },
        escalateToId: office.person.id,
      }) }));
      ids.push(res.body.id);
    }
    const escalations = await eventually(
      async () => {
        const got = smtp.received.filter((m) => ids.some((id) => m.idempotencyKey === `task-${id}/due-0/escalation-1`));
        return got.length === 2 ? got : undefined;
      },
      20_000,
      'both escalations, at once',
    );
    expect(escalations.every((m) => m.to === office.person.email)).toBe(true);
    // Four reminders are held, not mailed.
    expect(smtp.to(bo.person.email)).toEqual([]);

    const digest = await eventually(async () => smtp.to(bo.person.email)[0], at.toMillis() - Date.now() + 20_000, 'the digest');
    expect(Date.now()).toBeGreaterThanOrEqual(at.toMillis());
    expect(digest.subject).toBe('Dagens sammanfattning: 4 påminnelser');
    for (const id of ids) expect(digest.text.split(`${PUBLIC_URL}/app/tasks/${id}`).length - 1).toBe(2);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(smtp.to(bo.person.email)).toHaveLength(1);
  }, 150_000);
});
