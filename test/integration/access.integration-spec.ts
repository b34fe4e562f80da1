import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer as call } from '@gov/api-client';
import { personBody, personChanges, tokenBody } from '@gov/devstack';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { startTestIssuer, type TestIssuer } from '../support/oidc-issuer.js';
import { startOidcProvider, type OidcProviderHandle } from '../support/oidc-provider.js';
import { rawHttp, startSystem, type TestSystem } from '../support/system.js';

const AUDIENCE = 'governance-api';

describe('identity and access', () => {
  let system: TestSystem;
  let issuer: TestIssuer;
  let office: TestPerson;
  let manager: TestPerson;
  let contactA: TestPerson;
  let contactB: TestPerson;
  let orgA: string;
  let orgB: string;

  beforeAll(async () => {
    issuer = await startTestIssuer(AUDIENCE);
    system = await startSystem({
      OIDC_ISSUER: issuer.issuer,
      OIDC_AUDIENCE: AUDIENCE,
      OIDC_CLOCK_SKEW_SECONDS: '30',
      CORS_ORIGINS: 'https://intranat.vasteras.se',
    });
    orgA = (await createOrganization(system, 'Grundskoleförvaltningen')).id;
    orgB = (await createOrganization(system, 'Mälarenergi AB')).id;
    office = await createPerson(system, 'project_office', { externalSubject: 'entra-oid-office' });
    manager = await createPerson(system, 'manager', { externalSubject: 'entra-oid-manager' });
    contactA = await createPerson(system, 'contact_person', { organizationId: orgA });
    contactB = await createPerson(system, 'contact_person', { organizationId: orgB });
  });

  afterAll(async () => {
    await system?.stop();
    await issuer?.close();
  });

  /** The typed client as a person (the project office unless told); `call` gives status and body whatever it answered. */
  const client = (token: string = office.token) => system.client(token);
  // Reads with made-up, forged, expired or revoked credentials, and paths taken from the document: raw.
  const get = (path: string, token?: string) => rawHttp(system.baseUrl, 'GET', path, { token });

  describe('OpenID Connect access tokens', () => {
    it('accepts a valid token and resolves the bound person', async () => {
      const token = await issuer.sign({ sub: 'entra-oid-office' });
      const res = await get('/me', token);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: office.person.id, role: 'project_office' });
    });

    const refused: [string, () => Promise<string>][] = [
      ['an expired token (beyond the clock skew)', () => issuer.sign({ sub: 'entra-oid-office' }, { expiresIn: Math.floor(Date.now() / 1000) - 120 })],
      ['a token for another audience', () => issuer.sign({ sub: 'entra-oid-office' }, { audience: 'some-other-api' })],
      ['a token from another issuer', () => issuer.sign({ sub: 'entra-oid-office' }, { issuer: 'https://login.example.com/evil' })],
      ['a token signed by a key the issuer does not publish', () => issuer.sign({ sub: 'entra-oid-office' }, { key: issuer.foreignKey })],
      [
        'a token whose payload was tampered with after signing',
        async () => {
          const [header, , signature] = (await issuer.sign({ sub: 'entra-oid-manager' })).split('.');
          const forged = Buffer.from(JSON.stringify({ sub: 'entra-oid-office', aud: AUDIENCE, iss: issuer.issuer, exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url');
          return `${header}.${forged}.${signature}`;
        },
      ],
    ];

    it.each(refused)('refuses %s with 401', async (_case, make) => {
      const res = await get('/me', await make());
      expect(res.status).toBe(401);
      expect(res.contentType).toContain('application/problem+json');
    });

    it('accepts an expired token still inside the configured clock skew', async () => {
      const token = await issuer.sign({ sub: 'entra-oid-office' }, { expiresIn: Math.floor(Date.now() / 1000) - 5 });
      expect((await get('/me', token)).status).toBe(200);
    });

    it('answers 403 for a valid identity that no person is bound to', async () => {
      const res = await get('/me', await issuer.sign({ sub: 'entra-oid-stranger' }));
      expect(res.status).toBe(403);
    });
  });

  describe('personal API tokens', () => {
    it('answers 401 without a token and with an unknown one', async () => {
      expect((await get('/programs')).status).toBe(401);
      expect((await get('/programs', 'gov_thisTokenWasNeverIssued0000000000000000')).status).toBe(401);
      // Another authentication scheme: a bogus header, raw.
      expect((await rawHttp(system.baseUrl, 'GET', '/programs', { headers: { authorization: 'Basic dXNlcjpwYXNz' } })).status).toBe(401);
    });

    it('issues a token once, stores only its hash, and refuses it after revocation', async () => {
      const issued = await call(client(contactA.token).POST('/persons/{id}/tokens', { params: { path: { id: contactA.person.id } }, body: tokenBody({ name: 'mitt skript', expiresInDays: 30 }) }));
      expect(issued.status).toBe(201);
      const token: string = issued.body.token;
      expect(token).toMatch(/^gov_/);
      const stored = await system.db.query('SELECT token_hash, prefix FROM api_tokens WHERE id = $1', [issued.body.id]);
      expect(stored[0].token_hash).not.toContain(token.slice(4));
      expect(token.startsWith(stored[0].prefix)).toBe(true);

      expect((await get('/me', token)).status).toBe(200);
      const listed = await get('/me/tokens', token);
      expect(JSON.stringify(listed.body)).not.toContain(token);

      expect((await call(client(contactA.token).DELETE('/tokens/{id}', { params: { path: { id: issued.body.id } } }))).status).toBe(204);
      expect((await get('/me', token)).status).toBe(401);
    });

    it('refuses an expired API token with 401', async () => {
      const expired = await createPerson(system, 'manager', { expiresAt: new Date(Date.now() - 1_000) });
      expect((await get('/me', expired.token)).status).toBe(401);
    });
  });

  describe('authorization', () => {
    it('answers 403 when the role does not allow the action', async () => {
      const res = await call(client(contactA.token).POST('/programs', { body: { templateKey: 'skola-forst', name: 'X' } }));
      expect(res.status).toBe(403);
      expect((await call(client(contactA.token).POST('/organizations', { body: { name: 'Ny', type: 'company' } }))).status).toBe(403);
    });

    it('refuses managers every command the API documents, while they read everything', async () => {
      const doc = (await get('/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
      const commands = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops)
          .filter((m) => !['get', 'head', 'options'].includes(m))
          .map((m) => [m.toUpperCase(), path.replace(/\{[^}]+\}/g, orgA)] as const),
      );
      expect(commands.length).toBeGreaterThanOrEqual(8);
      for (const [method, path] of commands) {
        // Every command the document lists, whatever its body: raw, from the document itself.
        const res = await rawHttp(system.baseUrl, method, path, { token: manager.token, body: {} });
        expect([method, path, res.status]).toEqual([method, path, 403]);
      }
      for (const path of ['/programs', '/organizations', '/persons', `/organizations/${orgB}`, `/persons/${contactB.person.id}`]) {
        expect([path, (await get(path, manager.token)).status]).toEqual([path, 200]);
      }
    });

    it("hides another organization's data from a contact person with 404", async () => {
      expect((await get(`/organizations/${orgA}`, contactA.token)).status).toBe(200);
      expect((await get(`/organizations/${orgB}`, contactA.token)).status).toBe(404);
      expect((await get(`/persons/${contactB.person.id}`, contactA.token)).status).toBe(404);
      const orgs = await get('/organizations', contactA.token);
      expect(orgs.body.items.map((o: { id: string }) => o.id)).toEqual([orgA]);
      const people = await get('/persons?limit=100', contactA.token);
      expect(people.body.items.every((p: { organizationId: string }) => p.organizationId === orgA)).toBe(true);
    });

    it("hides another person's tokens: issuing or revoking them answers 404", async () => {
      const theirs = await call(client(contactB.token).POST('/persons/{id}/tokens', { params: { path: { id: contactB.person.id } }, body: tokenBody({ name: 'B' }) }));
      expect(theirs.status).toBe(201);
      expect((await call(client(contactA.token).DELETE('/tokens/{id}', { params: { path: { id: theirs.body.id } } }))).status).toBe(404);
      expect((await call(client(contactA.token).POST('/persons/{id}/tokens', { params: { path: { id: contactB.person.id } }, body: tokenBody({ name: 'A' }) }))).status).toBe(404);
      expect((await get('/me', theirs.body.token)).status).toBe(200);
    });

    it('lets the project office manage organizations and persons', async () => {
      const org = await call(client(office.token).POST('/organizations', { body: { name: 'Västerås Stadshus AB', type: 'company' } }));
      expect(org.status).toBe(201);
      const person = await call(client(office.token).POST('/persons', { body: personBody({ displayName: 'Kim Kontakt', email: 'Kim.Kontakt@Example.se', role: 'contact_person', organizationId: org.body.id }) }));
      expect(person.status).toBe(201);
      expect(person.body.email).toBe('kim.kontakt@example.se');
      const duplicate = await call(client(office.token).POST('/persons', { body: personBody({ displayName: 'Kim igen', email: 'kim.kontakt@example.se', role: 'manager' }) }));
      expect(duplicate.status).toBe(409);
      expect((await call(client(office.token).DELETE('/organizations/{id}', { params: { path: { id: org.body.id } } }))).status).toBe(409);
      const steering = await call(client(office.token).PATCH('/persons/{id}', { params: { path: { id: person.body.id } }, body: personChanges({ permissions: ['gate.decide'] }) }));
      expect(steering.body.permissions).toEqual(['gate.decide']);
      expect((await call(client(office.token).DELETE('/persons/{id}', { params: { path: { id: person.body.id } } }))).status).toBe(204);
      expect((await call(client(office.token).DELETE('/organizations/{id}', { params: { path: { id: org.body.id } } }))).status).toBe(204);
    });

    it('refuses a contact person without an organization', async () => {
      const res = await call(client(office.token).POST('/persons', { body: personBody({ displayName: 'Utan org', email: 'utan@example.se', role: 'contact_person' }) }));
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('organizationId');
    });
  });

  describe('the HTTP edge', () => {
    it('sends security headers and allows CORS only from configured origins', async () => {
      const res = await fetch(`${system.baseUrl}/health`, { headers: { origin: 'https://intranat.vasteras.se' } });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('strict-transport-security')).toContain('max-age');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('access-control-allow-origin')).toBe('https://intranat.vasteras.se');
      const other = await fetch(`${system.baseUrl}/health`, { headers: { origin: 'https://evil.example.com' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('documents every endpoint with its required role and error answers', async () => {
      const doc = (await get('/docs-json')).body as { paths: Record<string, Record<string, { description?: string; security?: unknown[]; responses: Record<string, unknown> }>> };
      const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));
      // Public by design: health, how the web UI signs in, and calendar feeds (their secret link is the credential).
      const publicPaths = ['/calendar/{file}', '/ui/config'];
      const secured = operations.filter((o) => !o.path.startsWith('/health') && !publicPaths.includes(o.path));
      expect(operations.filter((o) => publicPaths.includes(o.path)).map((o) => [o.path, o.op.security]).sort()).toEqual(publicPaths.map((p) => [p, undefined]));
      expect((await get('/ui/config')).status).toBe(200);
      expect((await get('/calendar/not-a-feed.ics')).status).toBe(404);
      expect(secured.length).toBeGreaterThanOrEqual(14);
      for (const { path, method, op } of secured) {
        expect([path, method, op.description]).toEqual([path, method, expect.stringMatching(/^Required role: /)]);
        expect([path, method, Object.keys(op.responses)]).toEqual([path, method, expect.arrayContaining(['401', '403'])]);
        expect(op.security).toEqual([{ bearer: [] }]);
      }
    });
  });
});

describe('sign-in through a real OpenID Connect provider (oidc-provider)', () => {
  let system: TestSystem;
  let provider: OidcProviderHandle;

  beforeAll(async () => {
    // Resource indicators (RFC 8707) are absolute URIs, as Entra's application ID URIs are.
    const audience = 'api://governance-engine';
    provider = await startOidcProvider(audience);
    system = await startSystem({ OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: audience });
  });
  afterAll(async () => {
    await system?.stop();
    await provider?.close();
  });

  it('discovers the provider, verifies its JWT access token and resolves the bound person', async () => {
    const token = await provider.accessToken();
    const client = (t: string) => system.client(t);
    expect((await call(client(token).GET('/me'))).status).toBe(403); // valid, but nobody is bound yet
    const bound = await createPerson(system, 'manager', { externalSubject: provider.clientId });
    const me = await call(client(token).GET('/me'));
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(bound.person.id);
    const tampered = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect((await call(client(tampered).GET('/me'))).status).toBe(401);
  });
});

describe('rate limiting per token', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(async () => {
    await system?.stop();
  });

  it('answers 429 with a problem document past the limit, counted per token', async () => {
    const client = (t: string) => system.client(t);
    const a = await createPerson(system, 'manager');
    const b = await createPerson(system, 'manager');
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await call(client(a.token).GET('/me'))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await call(client(a.token).GET('/me'));
    expect(limited.body).toMatchObject({ status: 429, title: 'Too Many Requests' });
    expect((await call(client(b.token).GET('/me'))).status).toBe(200);
  });
});
