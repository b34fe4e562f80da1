import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer as call } from '@gov/api-client';
import { createOrganization, createPerson } from '../support/people.js';
import { eventually, rawHttp, startSystem, type TestSystem } from '../support/system.js';

type FieldKind = 'text' | 'subject' | 'enum' | 'uuid' | 'email' | 'int' | 'enum-array';

const nonStrings: unknown[] = [0, -1, 1e308, true, [], {}, { $ne: null }, ['a', 'b'], [{ $gt: '' }]];
const injectionStrings = [
  "' OR '1'='1",
  "'; DROP TABLE persons; --",
  '1; SELECT pg_sleep(5)--',
  '${jndi:ldap://127.0.0.1/a}',
  '../../../../etc/passwd',
  '%00',
  '{{7*7}}',
];
const oversizedOrControl = ['<script>alert(1)</script>', 'a\u0000b', 'x'.repeat(10_001), '𝕏'.repeat(300), '', 'bell\u0007'];

/** Values each kind of field must refuse. Free text may legitimately contain SQL-looking text. */
function hostileValues(kind: FieldKind): unknown[] {
  switch (kind) {
    case 'text':
      return [...nonStrings, ...oversizedOrControl];
    case 'subject':
      return [...nonStrings, ...oversizedOrControl.filter((v) => v !== '<script>alert(1)</script>'), "' OR '1'='1", "'; DROP TABLE persons; --"];
    case 'enum-array':
      return [...nonStrings.filter((v) => !(Array.isArray(v) && v.length === 0)), ...injectionStrings, ...oversizedOrControl, [...injectionStrings], ['gate.decide', 'gate.decide']];
    default:
      return [...nonStrings, ...injectionStrings, ...oversizedOrControl];
  }
}

interface BodyEndpoint {
  method: string;
  path: string;
  valid: Record<string, unknown>;
  fields: Record<string, FieldKind>;
}

/**
 * A battery of hostile inputs against every endpoint that takes input: each must answer a 4xx
 * problem document, never a 5xx, and leave the database exactly as it was.
 */
describe('hostile input', () => {
  let system: TestSystem;
  let token: string;
  /** The typed client for the ordinary calls that set the scene. */
  const client = (t: string) => system.client(t);
  let orgId: string;
  let personId: string;
  let programId: string;
  let sessionId: string;
  let fastTrackId: string;
  let cohortId: string;
  let cases = 0;

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000', BODY_LIMIT_BYTES: '1048576' });
    orgId = (await createOrganization(system)).id;
    const office = await createPerson(system, 'project_office');
    token = office.token;
    personId = (await createPerson(system, 'contact_person', { organizationId: orgId })).person.id;
    // A Skola först program at its first step, with one planned session, for the program endpoints.
    programId = (await call(client(token).POST('/programs', { body: { templateKey: 'skola-forst', name: 'Fientlig indata' } }))).body.id;
    await eventually(async () => ((await call(client(token).GET('/programs/{id}', { params: { path: { id: programId } } }))).body.position?.stepKey === 'plan-gathering' ? true : undefined), 30_000, 'the first step');
    const session = { kind: 'workshop', title: 'Workshop', heldOn: '2019-01-15', participantGroups: ['teachers'] };
    sessionId = (await call(client(token).POST('/programs/{id}/sessions', { params: { path: { id: programId } }, body: session }))).body.id;
    // A Fast Track program with one cohort, for the cohort endpoints.
    fastTrackId = (await call(client(token).POST('/programs', { body: { templateKey: 'fast-track', name: 'Fientlig kohort' } }))).body.id;
    cohortId = (await call(client(token).POST('/programs/{id}/cohorts', { params: { path: { id: fastTrackId } }, body: { name: 'Kohort', infoMeetingAt: new Date().toISOString() } }))).body.id;
  }, 60_000);

  afterAll(async () => {
    await system?.stop();
  });

  /**
   * Every row of every table, except the token's last-use stamp that authentication itself updates
   * and the rate limiter's counters, which count every request.
   */
  async function snapshot(): Promise<string> {
    const tables: { table_name: string }[] = await system.db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'rate_limit_counters' ORDER BY table_name`,
    );
    const parts = [];
    for (const { table_name } of tables) {
      const [row] = await system.db.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg((to_jsonb(t) - 'last_used_at')::text, ',' ORDER BY (to_jsonb(t) - 'last_used_at')::text), '')) AS h FROM "${table_name}" t`,
      );
      parts.push(`${table_name}:${row.n}:${row.h}`);
    }
    return parts.join('\n');
  }

  /** Hostile input is what a typed client would not send: every case goes raw. */
  async function expectRefused(method: string, path: string, options: Parameters<typeof rawHttp>[3], label: string): Promise<void> {
    cases++;
    const res = await rawHttp(system.baseUrl, method, path, { token, ...options });
    const ok = res.status >= 400 && res.status < 500 && res.contentType.includes('application/problem+json');
    expect([label, ok ? 'refused with a 4xx problem document' : `${res.status} ${res.contentType}`]).toEqual([label, 'refused with a 4xx problem document']);
  }

  const bodyEndpoints = (): BodyEndpoint[] => [
    { method: 'POST', path: '/programs', valid: { templateKey: 'skola-forst', name: 'Ett program' }, fields: { templateKey: 'enum', templateVersion: 'int', name: 'text' } },
    { method: 'POST', path: '/organizations', valid: { name: 'Ny förvaltning', type: 'department' }, fields: { name: 'text', type: 'enum' } },
    { method: 'PATCH', path: `/organizations/${orgId}`, valid: { name: 'Nytt namn' }, fields: { name: 'text', type: 'enum' } },
    {
      method: 'POST',
      path: '/persons',
      valid: { displayName: 'Ny Person', email: 'ny.person@example.se', role: 'contact_person', organizationId: orgId },
      fields: { displayName: 'text', email: 'email', role: 'enum', organizationId: 'uuid', permissions: 'enum-array', externalSubject: 'subject', locale: 'enum' },
    },
    {
      method: 'PATCH',
      path: `/persons/${personId}`,
      valid: { displayName: 'Nytt Namn' },
      fields: { displayName: 'text', email: 'email', role: 'enum', organizationId: 'uuid', permissions: 'enum-array', externalSubject: 'subject', locale: 'enum' },
    },
    { method: 'POST', path: `/persons/${personId}/tokens`, valid: { name: 'skript' }, fields: { name: 'text', expiresInDays: 'int' } },
    {
      method: 'POST',
      path: '/tasks',
      valid: { title: 'Uppgift', assigneeId: personId, dueAt: '2030-01-01T09:00:00+01:00' },
      fields: { title: 'text', assigneeId: 'uuid', organizationId: 'uuid', escalateToId: 'uuid', programId: 'uuid', dueAt: 'text' },
    },
    { method: 'PATCH', path: '/me/preferences', valid: { locale: 'en' }, fields: { locale: 'enum', mailDelivery: 'enum', digestTime: 'text' } },
    {
      method: 'POST',
      path: `/programs/${programId}/sessions`,
      valid: { kind: 'interview', title: 'Intervju', heldOn: '2019-02-01', participantGroups: ['politicians'] },
      fields: { kind: 'enum', title: 'text', heldOn: 'text', participantGroups: 'enum-array', organizationId: 'uuid' },
    },
    { method: 'POST', path: `/programs/${programId}/sessions/${sessionId}/needs`, valid: { text: 'Ett behov' }, fields: { categoryKey: 'enum', questionKey: 'enum' } },
    { method: 'PUT', path: `/programs/${programId}/collaboration-model`, valid: { roles: [{ roleKey: 'steering-group', bodies: ['Hållbarhetsarenan'] }], gateOwnerId: personId }, fields: { gateOwnerId: 'uuid' } },
    { method: 'POST', path: `/programs/${programId}/network/members`, valid: { organizationId: orgId, personId }, fields: { organizationId: 'uuid', personId: 'uuid' } },
    { method: 'POST', path: `/programs/${programId}/network/start`, valid: { kickoffAt: '2030-01-01T09:00:00+01:00' }, fields: { kickoffAt: 'text' } },
    {
      method: 'POST',
      path: `/programs/${programId}/communication-plan`,
      valid: { title: 'Intranät', channel: 'intranet', audience: 'boards', recurrence: 'one-off', dueOn: '2019-05-01' },
      fields: { title: 'text', channel: 'enum', audience: 'enum', recurrence: 'enum', dueOn: 'text' },
    },
    { method: 'POST', path: `/programs/${programId}/gate`, valid: { decision: 'approve' }, fields: { decision: 'enum' } },
    {
      method: 'POST',
      path: `/programs/${programId}/activities`,
      valid: { title: 'Aktivitet', focusAreaKeys: ['adult-relations'], levelKeys: ['unit'], ownerOrganizationIds: [orgId], responsibleId: personId, methodKey: 'other', effectGoalNumbers: [1], plannedStart: '2019-09-01', plannedEnd: '2019-12-01' },
      fields: { title: 'text', focusAreaKeys: 'enum-array', levelKeys: 'enum-array', responsibleId: 'uuid', methodKey: 'enum', plannedStart: 'text', plannedEnd: 'text' },
    },
    { method: 'POST', path: `/activities/${personId}/evaluate`, valid: { decision: 'end', rationale: 'Klart' }, fields: { decision: 'enum' } },
    {
      method: 'POST',
      path: `/programs/${fastTrackId}/cohorts`,
      valid: { name: 'Hösten', infoMeetingAt: '2030-09-20T17:00:00+02:00', capacity: 12, offerResponse: 'P3D' },
      fields: { name: 'text', infoMeetingAt: 'text', capacity: 'int', offerResponse: 'text' },
    },
    { method: 'POST', path: `/cohorts/${cohortId}/registrations`, valid: { personId }, fields: { personId: 'uuid' } },
    { method: 'POST', path: `/cohorts/${cohortId}/lists`, valid: { personId, list: 'waiting' }, fields: { personId: 'uuid', list: 'enum' } },
    { method: 'POST', path: `/cohorts/${cohortId}/interviews`, valid: { personId, interviewerId: personId, startsAt: '2030-10-01T10:00:00+02:00', minutes: 45 }, fields: { personId: 'uuid', interviewerId: 'uuid', startsAt: 'text', minutes: 'int' } },
    { method: 'POST', path: `/cohorts/${cohortId}/interviews/${personId}/outcome`, valid: { outcome: 'admit' }, fields: { outcome: 'enum', note: 'text' } },
    { method: 'POST', path: `/cohorts/${cohortId}/events`, valid: { kind: 'conference-visit', title: 'Konferens', heldOn: '2030-11-14' }, fields: { kind: 'enum', title: 'text', heldOn: 'text' } },
    { method: 'POST', path: `/cohorts/${cohortId}/evaluations`, valid: { heldOn: '2030-11-05', group: 'Fokusgrupp', findings: 'Bra' }, fields: { heldOn: 'text', group: 'text' } },
    { method: 'POST', path: `/cohorts/${cohortId}/participants/${personId}/progress`, valid: { week: 1, completed: 1 }, fields: { week: 'int', completed: 'int' } },
    { method: 'POST', path: `/cohorts/${cohortId}/participants/${personId}/level-assessments`, valid: { week: 2, level: 'good' }, fields: { week: 'int', level: 'enum' } },
    { method: 'POST', path: `/cohorts/${cohortId}/participants/${personId}/project/start`, valid: { week: 11 }, fields: { week: 'int' } },
    { method: 'POST', path: `/cohorts/${cohortId}/participants/${personId}/assessment`, valid: { level: 'good', universityStudies: false, paceKey: 'planned', ambition: 1 }, fields: { level: 'enum', paceKey: 'text', ambition: 'int' } },
  ];

  it('refuses every hostile value in every field of every body, changing nothing', async () => {
    const before = await snapshot();
    for (const endpoint of bodyEndpoints()) {
      for (const [field, kind] of Object.entries(endpoint.fields)) {
        for (const value of hostileValues(kind)) {
          const label = `${endpoint.method} ${endpoint.path} ${field}=${JSON.stringify(value)?.slice(0, 40)}`;
          await expectRefused(endpoint.method, endpoint.path, { body: { ...endpoint.valid, [field]: value } }, label);
        }
        await expectRefused(endpoint.method, endpoint.path, { body: { ...endpoint.valid, [field]: null } }, `${endpoint.method} ${endpoint.path} ${field}=null`);
      }
      const unknown = { ...endpoint.valid, isAdmin: true };
      await expectRefused(endpoint.method, endpoint.path, { body: unknown }, `${endpoint.path} unknown field`);
    }
    expect(await snapshot()).toBe(before);
    // Some 2,000 requests one after another: about a minute when quiet, several on a machine whose cores are taken.
  }, 600_000);

  it('refuses hostile whole bodies: wrong shapes, prototype pollution, malformed and oversized', async () => {
    const before = await snapshot();
    const deep = '{"a":'.repeat(2_000) + '1' + '}'.repeat(2_000);
    const raw: [string, string, string][] = [
      ['[]', 'application/json', 'array body'],
      ['"just a string"', 'application/json', 'string body'],
      ['123', 'application/json', 'number body'],
      ['null', 'application/json', 'null body'],
      ['{}', 'application/json', 'empty object'],
      ['{"__proto__": {"role": "project_office"}, "name": "x", "type": "company"}', 'application/json', '__proto__ key'],
      ['{"constructor": {"prototype": {"isAdmin": true}}, "name": "x", "type": "company"}', 'application/json', 'constructor.prototype key'],
      ['{"name": "x", "type": "company"', 'application/json', 'truncated JSON'],
      ["{'name': 'x'}", 'application/json', 'single-quoted JSON'],
      [deep, 'application/json', 'deeply nested object'],
      ['name=x&type=company', 'application/x-www-form-urlencoded', 'form body'],
      ['name: x', 'text/plain', 'text body'],
      [JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), type: 'company' }), 'application/json', 'body over the size limit'],
    ];
    for (const endpoint of bodyEndpoints()) {
      for (const [body, contentType, label] of raw) {
        await expectRefused(endpoint.method, endpoint.path, { body, headers: { 'content-type': contentType } }, `${endpoint.method} ${endpoint.path} ${label}`);
      }
      await expectRefused(endpoint.method, endpoint.path, {}, `${endpoint.method} ${endpoint.path} no body`);
    }
    expect(await snapshot()).toBe(before);
  });

  it('refuses hostile path ids and query parameters', async () => {
    const before = await snapshot();
    const ids = ["1' OR '1'='1", '..%2F..%2Fetc%2Fpasswd', '00000000-0000-0000-0000-000000000000', 'a'.repeat(5_000), '%00', '6f1c2f4e-9d3b-4c53-a4f4-5a0f3c1f9e21'];
    const idRoutes: [string, string][] = [
      ['GET', '/programs/:id'],
      ['GET', '/organizations/:id'],
      ['PATCH', '/organizations/:id'],
      ['DELETE', '/organizations/:id'],
      ['GET', '/persons/:id'],
      ['PATCH', '/persons/:id'],
      ['DELETE', '/persons/:id'],
      ['POST', '/persons/:id/tokens'],
      ['DELETE', '/tokens/:id'],
    ];
    for (const [method, route] of idRoutes) {
      for (const id of ids) {
        const body = method === 'PATCH' ? { name: 'x', displayName: 'x' } : method === 'POST' ? { name: 'x' } : undefined;
        await expectRefused(method, route.replace(':id', id), { body }, `${method} ${route} id=${id.slice(0, 30)}`);
      }
    }
    const queries = ['limit=-1', 'limit=abc', 'limit=1e9', 'limit=0', 'offset=-5', "offset=' OR 1=1", 'limit[]=1', 'limit=1&limit=2', 'unknown=1', 'limit=101', 'offset=NaN', 'limit=%00'];
    for (const path of ['/programs', '/organizations', '/persons', `/programs/${programId}/needs`, `/programs/${programId}/activities`]) {
      for (const query of queries) await expectRefused('GET', `${path}?${query}`, {}, `GET ${path}?${query}`);
    }
    const auditQueries = ['limit=0', 'limit=501', 'before=abc', 'before=-1', 'type=DROP TABLE', "type=' OR 1=1", 'from=yesterday', 'to=2019-13-45', 'personId=1 OR 1=1', 'programId=../../etc', 'unknown=1', 'from=2020-01-01T00:00:00Z&to=2019-01-01T00:00:00Z'];
    for (const query of auditQueries) await expectRefused('GET', `/audit?${query}`, {}, `GET /audit?${query}`);
    for (const query of ['format=xml', 'format=jsonl&limit=5']) await expectRefused('GET', `/audit/export?${query}`, {}, `GET /audit/export?${query}`);
    await expectRefused('GET', `/audit/workflows/${encodeURIComponent("x' OR 1=1")}/timeline`, {}, 'GET /audit/workflows/<injection>/timeline');
    // A needs import's preview flag, calendar feeds (public: the secret is the credential), a cohort's history.
    for (const query of ['dryRun=yes', 'dryRun=1', 'dryRun[]=true', 'dryRun=true&dryRun=false']) {
      await expectRefused('POST', `/programs/${programId}/sessions/${sessionId}/needs/import?${query}`, { body: 'text\nEtt behov\n', headers: { 'content-type': 'text/csv' } }, `POST …/needs/import?${query}`);
    }
    for (const file of ['..%2F..%2Fetc%2Fpasswd', encodeURIComponent("' OR 1=1.ics"), `${'A'.repeat(43)}.ics`, `${'A'.repeat(5_000)}.ics`, '%00.ics', 'feed']) {
      await expectRefused('GET', `/calendar/${file}`, { token: undefined }, `GET /calendar/${file.slice(0, 30)}`);
    }
    for (const id of ids) await expectRefused('GET', `/cohorts/${id}/history`, {}, `GET /cohorts/:id/history id=${id.slice(0, 30)}`);
    // The person search (role and name).
    for (const query of ['role=admin', 'role[]=participant', 'role=participant&role=manager', 'search=', `search=${'x'.repeat(101)}`, 'search=%3Cscript%3E', 'search=%00', 'search[]=a']) {
      await expectRefused('GET', `/persons?${query}`, {}, `GET /persons?${query}`);
    }
    expect(await snapshot()).toBe(before);
  });

  it('stores SQL-looking free text verbatim, as data', async () => {
    const name = "Robert'); DROP TABLE organizations; --";
    const created = await call(client(token).POST('/organizations', { body: { name, type: 'other' } }));
    expect(created.status).toBe(201);
    expect((await call(client(token).GET('/organizations/{id}', { params: { path: { id: created.body.id } } }))).body.name).toBe(name);
    expect(Number((await system.db.query('SELECT count(*) FROM organizations'))[0].count)).toBeGreaterThan(1);
    // The person search matches its text literally: LIKE's wildcards are plain characters, SQL is just text.
    expect((await call(client(token).GET('/persons', { params: { query: { limit: 1 } } }))).body.total).toBeGreaterThan(0);
    for (const search of ['%', '_', 't_o', '\\', "' OR '1'='1"]) {
      const page = await call(client(token).GET('/persons', { params: { query: { limit: 100, search } } }));
      expect(page.status).toBe(200);
      for (const p of page.body.items as { displayName: string }[]) expect(p.displayName.toLowerCase()).toContain(search.toLowerCase());
      if (search === '%' || search.startsWith("'")) expect(page.body.total).toBe(0);
      // "Test project_office …" (this spec's own office person) has the literal "t_o".
      if (search === 't_o') expect(page.body.total).toBeGreaterThan(0);
    }
  });

  afterAll(() => {
    // Reported in the issue note: how many hostile requests were tried.
    console.log(`hostile input cases tried: ${cases}`);
  });
});
