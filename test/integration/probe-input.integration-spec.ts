import { request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { IdempotencyKeySweeper } from '../../apps/api/src/common/idempotency.interceptor.js';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, rawHttp, startSystem, type TestSystem } from '../support/system.js';

/**
 * What an outside security probe found (issue 18), each as the request that showed it. This system
 * runs without WEBHOOK_ALLOWED_TARGETS: as in production, webhooks may target public addresses only.
 */
describe('the outside probe: input, secrets, links and targets', () => {
  let system: TestSystem;
  let office: TestPerson;
  let contact: TestPerson;
  let participant: TestPerson;
  let owner: pg.Client;

  beforeAll(async () => {
    system = await startSystem({ WEBHOOK_ALLOWED_TARGETS: '', RATE_LIMIT_PER_MINUTE: '100000', OUTBOX_POLL_MS: '100' }, { ownDatabase: true });
    owner = new pg.Client({ connectionString: system.config.database.url });
    await owner.connect();
    office = await createPerson(system, 'project_office');
    contact = await createPerson(system, 'contact_person', { organizationId: (await createOrganization(system)).id });
    participant = await createPerson(system, 'participant');
  });

  afterAll(async () => {
    await owner?.end();
    await system?.stop();
  });

  // Hostile bodies and headers, on purpose: raw requests.
  const send = (method: string, path: string, token: string, body?: unknown, headers?: Record<string, string>) => rawHttp(system.baseUrl, method, path, { token, body, headers });
  const task = (overrides: Record<string, unknown>) => ({ title: 'Rapportera status', assigneeId: contact.person.id, dueAt: '2030-05-20T09:00:00+02:00', ...overrides });

  describe('wide bodies (CPU exhaustion)', () => {
    it('refuses 60,000 unknown keys before validating them, with a short answer', async () => {
      const wide = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`key${i}`, 1]));
      const raw = JSON.stringify(wide);
      expect(raw.length).toBeGreaterThan(700_000);
      const res = await send('PATCH', '/me/preferences', participant.token, raw);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body).length).toBeLessThan(2_000);
      expect(res.body).toMatchObject({ errors: [{ field: '(body)', message: 'the body has more than 100 properties' }] });
    });

    it('refuses an over-long array and an over-wide nested object, naming where', async () => {
      const long = await send('POST', '/tasks', office.token, task({ reminderPolicy: { before: Array.from({ length: 10_001 }, () => 'P1D') } }));
      expect(long.status).toBe(400);
      expect(long.body.errors).toEqual([{ field: '(body)', message: 'reminderPolicy.before has more than 10000 items' }]);
      const nested = await send('POST', '/tasks', office.token, task({ meeting: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`x${i}`, 'y'])) }));
      expect(nested.status).toBe(400);
      expect(nested.body.errors).toEqual([{ field: '(body)', message: 'meeting has more than 100 properties' }]);
    });

    it('caps the list of errors in a problem document and says how many were left out', async () => {
      const res = await send('PATCH', '/me/preferences', participant.token, Object.fromEntries(Array.from({ length: 90 }, (_, i) => [`unknown${i}`, i])));
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveLength(50);
      expect(res.body.errorsOmitted).toBe(40);
      expect(res.body.detail).toMatch(/and 40 more$/);
    });
  });

  describe('a NUL character in free text (PostgreSQL cannot store it)', () => {
    it('answers 400 naming the field, anywhere in the body, and stores nothing', async () => {
      const before = await owner.query('SELECT count(*)::int AS n FROM tasks');
      const cases: [Record<string, unknown>, string][] = [
        [task({ instructions: 'Läs bilagan\u0000 och svara' }), 'instructions'],
        [task({ meeting: { startsAt: '2030-05-19T09:00:00+02:00', endsAt: '2030-05-19T10:00:00+02:00', location: 'Sal\u0000A' } }), 'meeting.location'],
        [task({ reminderPolicy: { before: ['P1D', 'P2D\u0000'] } }), 'reminderPolicy.before[1]'],
      ];
      for (const [body, field] of cases) {
        const res = await send('POST', '/tasks', office.token, body);
        expect([field, res.status]).toEqual([field, 400]);
        expect(res.body.errors).toEqual([{ field, message: `${field} must not contain a NUL character (U+0000)` }]);
      }
      expect((await owner.query('SELECT count(*)::int AS n FROM tasks')).rows[0].n).toBe(before.rows[0].n);
    });
  });

  describe('secrets at rest (Idempotency-Key answers)', () => {
    it('never keeps a shown-once secret: a repeat answers without it and says so', async () => {
      const key = `issue-${randomUUID()}`;
      const first = await send('POST', `/persons/${contact.person.id}/tokens`, contact.token, { name: 'Laptop' }, { 'idempotency-key': key });
      expect(first.status).toBe(201);
      expect(first.body.token).toMatch(/^gov_/);
      const kept = await owner.query(`SELECT response_body::text AS body FROM idempotency_keys WHERE key = $1`, [key]);
      expect(kept.rows[0].body).toContain(first.body.id);
      expect(kept.rows[0].body).not.toContain(first.body.token);
      const repeat = await send('POST', `/persons/${contact.person.id}/tokens`, contact.token, { name: 'Laptop' }, { 'idempotency-key': key });
      expect(repeat.status).toBe(201);
      expect(repeat.headers.get('idempotent-replayed')).toBe('true');
      expect(repeat.headers.get('idempotent-secrets-withheld')).toBe('token');
      expect(repeat.body).toEqual({ ...first.body, token: undefined });
      // One token was made, and it works.
      expect((await send('GET', '/me', first.body.token)).status).toBe(200);

      const feedKey = `feed-${randomUUID()}`;
      const feed = await send('POST', '/me/calendar-feed', contact.token, undefined, { 'idempotency-key': feedKey });
      expect(feed.body.url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      const webhookKey = `hook-${randomUUID()}`;
      const hook = await send('POST', '/webhooks', office.token, { name: 'Ärendesystem', url: 'https://93.184.215.14/hooks/governance', events: ['task.completed'] }, { 'idempotency-key': webhookKey });
      expect(hook.body.secret).toMatch(/^whsec_/);
      const all = (await owner.query(`SELECT string_agg(response_body::text, ' ') AS bodies FROM idempotency_keys`)).rows[0].bodies as string;
      for (const secret of [first.body.token, new URL(feed.body.url).pathname.split('/').pop()!.replace('.ics', ''), hook.body.secret]) expect(all).not.toContain(secret);
      const feedRepeat = await send('POST', '/me/calendar-feed', contact.token, undefined, { 'idempotency-key': feedKey });
      expect(feedRepeat.body.url).toBeUndefined();
      expect(feedRepeat.headers.get('idempotent-secrets-withheld')).toBe('url');
      await send('DELETE', `/webhooks/${hook.body.id}`, office.token);
    });

    it('sweeps keys older than their 24 hours and keeps the fresh ones', async () => {
      const stale = `stale-${randomUUID()}`;
      const fresh = `fresh-${randomUUID()}`;
      await owner.query(
        `INSERT INTO idempotency_keys (principal_id, key, request_hash, status, response_status, response_body, created_at)
         VALUES ($1, $2, repeat('a', 64), 'done', 201, '{}', now() - interval '25 hours'), ($1, $3, repeat('b', 64), 'done', 201, '{}', now())`,
        [office.person.id, stale, fresh],
      );
      expect(await system.api.get(IdempotencyKeySweeper).sweep()).toBeGreaterThanOrEqual(1);
      const left = (await owner.query(`SELECT key FROM idempotency_keys WHERE key = ANY($1)`, [[stale, fresh]])).rows.map((r) => r.key);
      expect(left).toEqual([fresh]);
    });
  });

  describe('links come from configuration, never from the Host header', () => {
    it('answers a calendar link on PUBLIC_URL whatever Host the caller sent', async () => {
      const answer = await new Promise<{ status: number; body: { url: string } }>((resolve, reject) => {
        const url = new URL('/me/calendar-feed', system.baseUrl);
        const req = httpRequest(url, { method: 'POST', headers: { host: 'evil.example', authorization: `Bearer ${contact.token}` } }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(answer.status).toBe(201);
      expect(answer.body.url.startsWith(`${system.config.publicUrl}/calendar/`)).toBe(true);
      expect(answer.body.url).not.toContain('evil.example');
    });
  });

  describe('participants and their own account', () => {
    it('lets a participant read who they are, list and revoke their own tokens, and nobody else’s', async () => {
      expect((await send('GET', '/me', participant.token)).body).toMatchObject({ id: participant.person.id, role: 'participant' });
      const second = await send('POST', `/persons/${participant.person.id}/tokens`, participant.token, { name: 'Telefon' });
      expect(second.status).toBe(201);
      const mine = await send('GET', '/me/tokens', participant.token);
      expect(mine.status).toBe(200);
      expect(mine.body.map((t: { id: string }) => t.id)).toContain(second.body.id);
      const others = await send('GET', '/me/tokens', contact.token);
      expect((await send('DELETE', `/tokens/${others.body[0].id}`, participant.token)).status).toBe(404);
      expect((await send('DELETE', `/tokens/${second.body.id}`, participant.token)).status).toBe(204);
      expect((await send('GET', '/me', second.body.token)).status).toBe(401);
      expect((await send('PATCH', '/me/preferences', participant.token, { locale: 'en' })).body).toMatchObject({ locale: 'en' });
    });
  });

  describe('webhook targets', () => {
    let receiver: Server;
    let hits = 0;

    beforeAll(async () => {
      receiver = createServer((req, res) => {
        hits++;
        res.writeHead(204).end();
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    });

    afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

    it('refuses link-local, loopback and private targets in every spelling, and stores nothing', async () => {
      const port = (receiver.address() as AddressInfo).port;
      const before = await owner.query('SELECT count(*)::int AS n FROM webhook_subscriptions');
      for (const url of ['http://169.254.169.254/latest/meta-data/', `http://127.0.0.1:${port}/`, 'http://0x7f000001/', 'http://[::1]/hook', `http://localhost:${port}/`, 'https://10.1.2.3/hook', 'http://192.168.0.10/']) {
        const res = await send('POST', '/webhooks', office.token, { name: 'Intern', url, events: ['*'] });
        expect([url, res.status]).toEqual([url, 400]);
        expect(res.body.errors[0]).toMatchObject({ field: 'url', message: expect.stringMatching(/non-public address/) });
      }
      expect((await owner.query('SELECT count(*)::int AS n FROM webhook_subscriptions')).rows[0].n).toBe(before.rows[0].n);
    });

    it('checks again on delivery: a subscription that reaches an internal address is given up, never sent', async () => {
      const port = (receiver.address() as AddressInfo).port;
      // As if it had been registered before this rule (or its name resolved elsewhere then).
      const ids = [randomUUID(), randomUUID()];
      for (const [i, url] of [`http://127.0.0.1:${port}/literal`, `http://localhost:${port}/by-name`].entries()) {
        await owner.query(`INSERT INTO webhook_subscriptions (id, name, url, events, secret, created_by) VALUES ($1, 'Gammal', $2, '{task.created}', 'whsec_x', $3)`, [ids[i], url, office.person.id]);
      }
      const created = await send('POST', '/tasks', office.token, task({}));
      expect(created.status).toBe(201);
      const dead = await eventually(async () => {
        const rows = (await owner.query(`SELECT status, last_error FROM notification_outbox WHERE subscription_id = ANY($1)`, [ids])).rows;
        return rows.length === 2 && rows.every((r) => r.status === 'dead') ? rows : undefined;
      }, 60_000, 'both deliveries given up');
      for (const row of dead) expect(row.last_error).toMatch(/non-public address/);
      expect(hits).toBe(0);
      await owner.query(`UPDATE webhook_subscriptions SET active = false WHERE id = ANY($1)`, [ids]);
    });
  });

  describe('smaller findings', () => {
    it('refuses unknown keys inside a reminder policy', async () => {
      const res = await send('POST', '/tasks', office.token, task({ reminderPolicy: { before: ['P1D'], escalateTo: 'P2D' } }));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'reminderPolicy.escalateTo' })]);
    });

    it('says why a __proto__ body is refused', async () => {
      const res = await send('POST', '/organizations', office.token, '{"__proto__": {"role": "project_office"}, "name": "x", "type": "company"}');
      expect(res.status).toBe(400);
      expect(res.body.detail).toBe('The body must not contain a "__proto__" or "constructor.prototype" key.');
      const malformed = await send('POST', '/organizations', office.token, '{"name": "x",');
      expect(malformed.status).toBe(400);
      expect(malformed.body.detail).toMatch(/^The body is not valid JSON: /);
    });
  });
});
