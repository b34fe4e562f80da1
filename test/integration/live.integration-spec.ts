import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer as call } from '@gov/api-client';
import { EventSource } from 'eventsource';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, rawHttp, startSystem, type TestSystem } from '../support/system.js';

interface Received {
  type: string;
  [key: string]: unknown;
}

/** An open `GET /changes` stream of one person, collecting what arrives. */
function listen(baseUrl: string, token: string): { events: Received[]; close(): void; failed: () => boolean } {
  const events: Received[] = [];
  let failed = false;
  const source = new EventSource(`${baseUrl}/changes`, {
    fetch: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, authorization: `Bearer ${token}` } }),
  });
  source.onmessage = (message) => events.push(JSON.parse(message.data) as Received);
  source.onerror = () => {
    failed = true;
  };
  return { events, close: () => source.close(), failed: () => failed };
}

/** Server-sent events from the audit trail's NOTIFY: pages learn what changed the moment it does. */
describe('live changes (GET /changes)', () => {
  let system: TestSystem;
  let office: TestPerson;
  let anna: TestPerson;
  let erik: TestPerson;
  const streams: ReturnType<typeof listen>[] = [];
  const open = (token: string) => {
    const stream = listen(system.baseUrl, token);
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    office = await createPerson(system, 'project_office');
    const org = (await createOrganization(system)).id;
    anna = await createPerson(system, 'contact_person', { organizationId: org });
    erik = await createPerson(system, 'contact_person', { organizationId: org });
  }, 60_000);
  afterAll(async () => {
    for (const s of streams) s.close();
    await system?.stop();
  });

  it("sends the office every change and a contact person only their own, with ids and no personal data", async () => {
    const [forOffice, forAnna, forErik] = [open(office.token), open(anna.token), open(erik.token)];
    for (const s of [forOffice, forAnna, forErik]) await eventually(async () => (s.events[0]?.type === 'hello' ? true : undefined), 10_000, 'the hello');
    expect(forOffice.events[0]).toEqual({ type: 'hello', listening: true });

    // A task for Anna: the office and Anna hear of it, Erik does not.
    const task = await call(
      system.client(office.token).POST('/tasks', {
        body: { title: 'Rapportera status inför nätverksträffen', instructions: 'Ring Anna Andersson på 070-123 45 67', assigneeId: anna.person.id, dueAt: new Date(Date.now() + 86_400_000).toISOString() },
      }),
    );
    expect(task.status).toBe(201);
    const created = (e: Received) => e.type === 'task.created' && e.personId === anna.person.id;
    await eventually(async () => (forOffice.events.some(created) ? true : undefined), 10_000, 'the office hearing of the task');
    await eventually(async () => (forAnna.events.some(created) ? true : undefined), 10_000, 'Anna hearing of her task');
    // Anna completes it: her stream and the office's carry the completion.
    expect((await call(system.client(anna.token).POST('/tasks/{id}/complete', { params: { path: { id: task.data!.id } }, body: {} }))).status).toBe(200);
    const completed = (e: Received) => e.type === 'task.completed' && e.personId === anna.person.id;
    await eventually(async () => (forAnna.events.some(completed) && forOffice.events.some(completed) ? true : undefined), 15_000, 'the completion');
    // By now Erik would have had Anna's events: he got the hello and nothing about her.
    expect(forErik.events.filter((e) => e.type !== 'ping')).toEqual([{ type: 'hello', listening: true }]);

    // Only ids and types travel: no names, addresses, titles or instructions.
    for (const event of forOffice.events.filter((e) => e.type !== 'hello' && e.type !== 'ping')) {
      expect(Object.keys(event).sort()).toEqual(['activityId', 'actorId', 'cohortId', 'personId', 'programId', 'type']);
    }
    const text = JSON.stringify([...forOffice.events, ...forAnna.events]);
    for (const secret of ['Anna Andersson', '070-123', anna.person.email, 'Rapportera status']) expect(text).not.toContain(secret);
    expect([forOffice, forAnna, forErik].some((s) => s.failed())).toBe(false);
  }, 60_000);

  it('refuses a stream without a valid token', async () => {
    // A stream asked for without a token and with a made-up one: raw requests.
    expect((await rawHttp(system.baseUrl, 'GET', '/changes', {})).status).toBe(401);
    expect((await rawHttp(system.baseUrl, 'GET', '/changes', { token: 'gov_not-a-token' })).status).toBe(401);
  });
});
