import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { textBody, type Schemas } from '@gov/api-client';
import { GovernanceApi, programBody, runPhaseOne, SEED_COLLABORATION_MODEL, SEED_COMMUNICATION_PLAN, SEED_FOCUS_AREAS, SEED_SESSIONS } from '@gov/devstack';
import { AuditEventEntity, IndicatorValueEntity } from '@gov/persistence';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { rawHttp, startSystem, type TestSystem } from '../support/system.js';

/** The seed's effect goals 1 (åk 3) and 2 (åk 9), each measured by an indicator from Skolverket's statistics. */
const AK3 = {
  key: 'ak3-matematik-svenska',
  nameSv: 'Andel elever i åk 3 som nått kravnivån i matematik och svenska',
  nameEn: 'Share of pupils in year 3 reaching the required level in mathematics and Swedish',
  unit: '%',
  source: 'Skolverket, nationella prov åk 3',
  baselineYear: 2019,
  baselineValue: 80,
  targetValue: 92,
  targetYear: 2025,
};
const AK9 = {
  key: 'godkant-alla-amnen-ak9',
  nameSv: 'Andel elever som uppnått kunskapskraven i alla ämnen i åk 9',
  nameEn: 'Share of pupils meeting the knowledge requirements in all subjects in year 9',
  unit: '%',
  source: 'Skolverket, SIRIS',
  baselineYear: 2019,
  baselineValue: 72,
  targetValue: 84,
  targetYear: 2023,
};
const VALUES_CSV = ['indicator,year,value', 'ak3-matematik-svenska,2020,81.5', 'ak3-matematik-svenska,2021,83', 'ak3-matematik-svenska,2022,83.9', 'godkant-alla-amnen-ak9,2020,73.1', 'godkant-alla-amnen-ak9,2021,74', 'godkant-alla-amnen-ak9,2022,79.5', ''].join('\n');

describe('effect goals with indicators (effektmål)', () => {
  let system: TestSystem;
  let office: TestPerson;
  let manager: TestPerson;
  let chair: TestPerson;
  let contact: TestPerson;
  let otherContact: TestPerson;
  let orgId: string;
  let api: GovernanceApi;
  let programId: string;
  const indicators: Record<string, Schemas['IndicatorView']> = {};

  const client = (token: string = office.token) => system.client(token);
  const program = () => ({ params: { path: { id: programId } } });
  const goalPage = (number: number, token?: string) => api.ok(client(token).GET('/programs/{id}/effect-goals/{number}', { params: { path: { id: programId, number } } }));
  const importCsv = (csv: string, token?: string) => api.call(client(token).POST('/programs/{id}/indicators/values/import', { ...program(), body: csv, ...textBody('text/csv') }));
  const storedValues = () => system.db.getRepository(IndicatorValueEntity).find({ order: { year: 'ASC' } }).then((rows) => rows.filter((r) => Object.values(indicators).some((i) => i.id === r.indicatorId)));

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    office = await createPerson(system, 'project_office');
    manager = await createPerson(system, 'manager');
    api = new GovernanceApi(system.baseUrl, office.token);
    const arena = await createOrganization(system, `Hållbarhetsarenan ${Date.now()}`);
    chair = await createPerson(system, 'contact_person', { organizationId: arena.id, permissions: ['gate.decide'] });
    orgId = (await createOrganization(system, `Barn- och utbildningsförvaltningen ${Date.now()}`)).id;
    contact = await createPerson(system, 'contact_person', { organizationId: orgId, displayName: 'Karin Ek' });
    const other = await createOrganization(system);
    otherContact = await createPerson(system, 'contact_person', { organizationId: other.id });
    programId = (await api.ok(api.POST('/programs', { body: programBody({ templateKey: 'skola-forst', templateVersion: 2, name: 'Kraftsamling Skola först – effektmål' }) }))).id;
  }, 60_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('lets the project office define indicators of two effect goals, refusing an unknown goal, a duplicate key and a contact person', async () => {
    const define = (number: number, body: Schemas['DefineIndicatorDto'], token?: string) =>
      api.call(client(token).POST('/programs/{id}/effect-goals/{number}/indicators', { params: { path: { id: programId, number } }, body }));

    const ak3 = await define(1, { ...AK3, ownerId: contact.person.id });
    expect(ak3.status).toBe(201);
    expect(ak3.body).toMatchObject({ goalNumber: 1, key: AK3.key, name: { sv: AK3.nameSv, en: AK3.nameEn }, unit: '%', baselineYear: 2019, baselineValue: 80, targetValue: 92, targetYear: 2025, ownerId: contact.person.id, ownerName: 'Karin Ek' });
    indicators[AK3.key] = ak3.body;
    const ak9 = await define(2, AK9);
    expect(ak9.status).toBe(201);
    expect(ak9.body).toMatchObject({ goalNumber: 2, ownerId: office.person.id });
    indicators[AK9.key] = ak9.body;

    // Not one of the program's nine goals; a target before its baseline; a manager as owner: 400, nothing stored.
    const unknownGoal = await define(12, { ...AK9, key: 'mal-tolv' });
    expect(unknownGoal.status).toBe(400);
    expect(unknownGoal.body.errors).toEqual([expect.objectContaining({ field: 'number', message: expect.stringMatching(/12 is not one of the program's effect goals/) })]);
    const backwards = await define(3, { ...AK9, key: 'bakvand', targetYear: 2018, ownerId: manager.person.id });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors.map((e: { field: string }) => e.field)).toEqual(['targetYear', 'ownerId']);
    const notANumber = await define(3, { ...AK9, key: 'inget-tal', baselineValue: Number.NaN });
    expect(notANumber.status).toBe(400);
    expect((await define(2, { ...AK9, nameSv: 'Samma nyckel igen' })).status).toBe(409);
    expect((await define(2, { ...AK9, key: 'kontaktperson' }, contact.token)).status).toBe(403);
    expect((await define(2, { ...AK9, key: 'chef' }, manager.token)).status).toBe(403);

    const goals = await api.ok(client().GET('/programs/{id}/effect-goals', program()));
    expect(goals).toHaveLength(9);
    expect(goals.map((g) => g.indicators.map((i) => i.key))).toEqual([[AK3.key], [AK9.key], [], [], [], [], [], [], []]);
    expect(await system.db.getRepository(AuditEventEntity).countBy({ programId, type: 'indicator.defined' })).toBe(2);
    // An indicator's owner is not removed from under it: 409 (never a 500), and the person stays.
    const removal = await api.call(client().DELETE('/persons/{id}', { params: { path: { id: contact.person.id } } }));
    expect([removal.status, removal.body?.detail]).toEqual([409, expect.stringMatching(/owns effect-goal indicators/)]);
    expect((await api.call(client().GET('/persons/{id}', { params: { path: { id: contact.person.id } } }))).status).toBe(200);
  }, 60_000);

  it('imports three years for each indicator from CSV, refusing a file with bad rows row by row and storing nothing', async () => {
    const bad = await importCsv(['indicator,year,value', 'ak3-matematik-svenska,2020,81.5', 'okand-indikator,2021,70', 'godkant-alla-amnen-ak9,1899,73', 'godkant-alla-amnen-ak9,2021,sjuttiofyra', 'ak3-matematik-svenska,2020,82', ''].join('\n'));
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'row 3.indicator', message: "'okand-indikator' is not the key of one of the program's indicators" },
      { field: 'row 4.year', message: 'a year from 2000 to 2100' },
      { field: 'row 5.value', message: expect.stringMatching(/^a number from/) },
      { field: 'row 6.year', message: 'ak3-matematik-svenska 2020 is already in row 2' },
    ]);
    expect(await storedValues()).toEqual([]);
    expect((await importCsv('namn,år\nx,2020\n')).body.errors).toEqual([expect.objectContaining({ field: 'header' })]);
    expect((await importCsv(VALUES_CSV, contact.token)).status).toBe(403);
    expect(await storedValues()).toEqual([]);

    // Files and paths no client should send: each a 4xx problem document, nothing stored.
    const raw = (method: string, path: string, body: unknown, contentType = 'text/csv') => rawHttp(system.baseUrl, method, `/programs/${programId}${path}`, { token: office.token, body, headers: { 'content-type': contentType } });
    const hostile: [string, string, unknown, string?][] = [
      ['POST', '/indicators/values/import', 'indicator,year,value\nak3-matematik-svenska,2020,8\u00001\n'],
      ['POST', '/indicators/values/import', 'indicator,year,value\n"ak3-matematik-svenska,2020,81\n'],
      ['POST', '/indicators/values/import', `indicator,year,value\n${'x'.repeat(2_000)},2020,81\n`],
      ['POST', '/indicators/values/import', `indicator,year,value\n${'ak3-matematik-svenska,2020,81\n'.repeat(5_001)}`],
      ['POST', '/indicators/values/import', 'indicator,year,value,comment\nak3-matematik-svenska,2020,81,x\n'],
      ['POST', '/indicators/values/import', 'indicator,year,value\nak3-matematik-svenska,2020,1e3\nak3-matematik-svenska,2021,Infinity\nak3-matematik-svenska,20.5,81\n'],
      ['POST', '/indicators/values/import', { indicator: 'ak3-matematik-svenska', year: 2020, value: 81 }, 'application/json'],
      ['PUT', `/indicators/${indicators[AK3.key].id}/values/20x0`, { value: 81 }, 'application/json'],
      ['PUT', `/indicators/${indicators[AK3.key].id}/values/2020`, { value: '81' }, 'application/json'],
      ['PUT', `/indicators/${indicators[AK3.key].id}/values/2020`, { value: -1e10 }, 'application/json'],
      ['POST', '/effect-goals/0/indicators', { ...AK3, key: 'noll' }, 'application/json'],
    ];
    for (const [method, path, body, contentType] of hostile) {
      const res = await raw(method, path, body, contentType);
      expect([method, path, res.status >= 400 && res.status < 500, res.contentType]).toEqual([method, path, true, expect.stringContaining('application/problem+json')]);
    }
    expect(await storedValues()).toEqual([]);

    const imported = await importCsv(VALUES_CSV);
    expect(imported.status).toBe(201);
    expect(imported.body).toEqual({ rows: 6, created: 6, replaced: 0 });
    expect(await storedValues()).toHaveLength(6);
  }, 60_000);

  it("shows each goal's indicators against their targets, with the activities that name them", async () => {
    // Phase II, where activities are proposed: one names goal 2 and its indicator, one goal 2 alone.
    await runPhaseOne(api, programId, {
      sessions: SEED_SESSIONS.slice(0, 1),
      needsCsv: ['text,category\nLäxhjälp efter skolan,meaningful-leisure\nFler vuxna i skolan,trust-safety\n'],
      focusAreas: SEED_FOCUS_AREAS,
      collaborationModel: SEED_COLLABORATION_MODEL,
      gateOwnerId: chair.person.id,
      members: [{ organizationId: orgId, personId: contact.person.id }],
      kickoffAt: new Date(Date.now() + 3_600_000).toISOString(),
      communicationPlan: SEED_COMMUNICATION_PLAN.slice(0, 1),
    });
    await api.ok(client(chair.token).POST('/programs/{id}/gate', { ...program(), body: { decision: 'approve' } }));
    await api.until('phase II', async () => ((await api.position(programId)).phaseKey === 'implementation' ? true : undefined));
    const activity = (body: Partial<Schemas['ProposeActivityDto']>) =>
      api.call(
        client().POST('/programs/{id}/activities', {
          ...program(),
          body: {
            title: 'Läxhjälp på fritidsgården',
            focusAreaKeys: [SEED_FOCUS_AREAS[0].key],
            levelKeys: ['department-company'],
            ownerOrganizationIds: [orgId],
            responsibleId: contact.person.id,
            methodKey: 'service-design',
            effectGoalNumbers: [2],
            plannedStart: '2020-01-01',
            plannedEnd: '2020-12-31',
            ...body,
          },
        }),
      );
    // An indicator of a goal the activity does not serve, or of no indicator at all, is refused.
    const wrongGoal = await activity({ indicatorIds: [indicators[AK3.key].id] });
    expect(wrongGoal.status).toBe(400);
    expect(wrongGoal.body.errors).toEqual([{ field: 'indicatorIds.0', message: 'measures effect goal 1, which is not one of effectGoalNumbers' }]);
    const unknown = await activity({ indicatorIds: ['5a2d4c1e-8b7f-4a3e-9c6d-1e2f3a4b5c6d'] });
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'indicatorIds.0' })]);
    const homework = await activity({ indicatorIds: [indicators[AK9.key].id] });
    expect(homework.status).toBe(201);
    expect(homework.body.indicatorIds).toEqual([indicators[AK9.key].id]);
    const mentors = await activity({ title: 'Mentorer från arbetslivet i åk 8–9', effectGoalNumbers: [2, 5] });
    expect(mentors.status).toBe(201);

    const ak9 = await goalPage(2);
    expect(ak9.text.sv).toBe('Alla elever ska ha minst godkänt i alla ämnen i åk 9');
    expect(ak9.indicators).toEqual([
      expect.objectContaining({
        key: AK9.key,
        baselineYear: 2019,
        baselineValue: 72,
        targetYear: 2023,
        targetValue: 84,
        series: [{ year: 2020, value: 73.1 }, { year: 2021, value: 74 }, { year: 2022, value: 79.5 }],
        latest: { year: 2022, value: 79.5 },
        // 72 + 3/4 × 12 = 81 expected in 2022: 79.5 is behind.
        expected: 81,
        onTrack: false,
      }),
    ]);
    expect(ak9.activities).toEqual([
      { id: homework.body.id, title: 'Läxhjälp på fritidsgården', status: 'planning', indicatorIds: [indicators[AK9.key].id] },
      { id: mentors.body.id, title: 'Mentorer från arbetslivet i åk 8–9', status: 'planning', indicatorIds: [] },
    ]);
    const ak3 = await goalPage(1);
    // 80 + 3/6 × 12 = 86 expected in 2022 … 83.9 is behind as well; in 2021, 84 expected.
    expect(ak3.indicators[0]).toMatchObject({ series: [{ year: 2020, value: 81.5 }, { year: 2021, value: 83 }, { year: 2022, value: 83.9 }], expected: 86, onTrack: false });
    expect(ak3.activities).toEqual([]);

    const overview = await api.ok(client(manager.token).GET('/programs/{id}/effect-goals', program()));
    expect(overview[1]).toMatchObject({ number: 2, indicators: [expect.objectContaining({ key: AK9.key, latest: { year: 2022, value: 79.5 }, onTrack: false })], activities: [expect.objectContaining({ id: homework.body.id }), expect.objectContaining({ id: mentors.body.id })] });
    expect(overview[1].indicators[0]).not.toHaveProperty('series');
    expect(overview[4].activities.map((a) => a.id)).toEqual([mentors.body.id]);

    // Another organization's contact person reads the goals, but neither its activities nor the owner's name.
    const other = await goalPage(1, otherContact.token);
    expect(other.indicators[0]).toMatchObject({ ownerId: null, ownerName: null });
    expect((await goalPage(2, otherContact.token)).activities).toEqual([]);
    expect((await goalPage(2, contact.token)).activities).toHaveLength(2);
    expect((await api.call(client().GET('/programs/{id}/effect-goals/{number}', { params: { path: { id: programId, number: 10 } } }))).status).toBe(404);
  }, 180_000);

  it('replaces a year entered again, by CSV or by its owner, and the audit trail keeps both values', async () => {
    const again = await importCsv('indicator,year,value\ngodkant-alla-amnen-ak9,2022,81.2\ngodkant-alla-amnen-ak9,2023,84.5\n');
    expect(again.body).toEqual({ rows: 2, created: 1, replaced: 1 });
    const ak9 = await goalPage(2);
    expect(ak9.indicators[0]).toMatchObject({ series: [{ year: 2020, value: 73.1 }, { year: 2021, value: 74 }, { year: 2022, value: 81.2 }, { year: 2023, value: 84.5 }], latest: { year: 2023, value: 84.5 }, expected: 84, onTrack: true });
    const audit = system.db.getRepository(AuditEventEntity);
    const recorded = async () => (await audit.find({ where: { programId, type: 'indicator.value-recorded' }, order: { seq: 'ASC' } })).map((e) => e.data);
    expect(await recorded()).toEqual([expect.objectContaining({ indicatorId: indicators[AK9.key].id, year: 2022, value: '81.2', replaced: '79.5' })]);
    expect(await audit.countBy({ programId, type: 'indicator.values-imported' })).toBe(2);

    // The owner (a contact person) records a year; another contact person may not; the year is bounded.
    const value = (year: number, v: number, token: string) =>
      api.call(client(token).PUT('/programs/{id}/indicators/{indicatorId}/values/{year}', { params: { path: { id: programId, indicatorId: indicators[AK3.key].id, year } }, body: { value: v } }));
    const byOwner = await value(2022, 86.4, contact.token);
    expect(byOwner.status).toBe(200);
    expect(byOwner.body).toMatchObject({ year: 2022, value: 86.4, replaced: 83.9, recordedBy: contact.person.id });
    expect((await value(2023, 88, otherContact.token)).status).toBe(403);
    expect((await value(2023, 88, manager.token)).status).toBe(403);
    expect((await value(2101, 88, office.token)).status).toBe(400);
    expect((await value(2023, 1e12, office.token)).status).toBe(400);
    expect((await value(2023, 88, office.token)).body).toMatchObject({ year: 2023, value: 88, replaced: null });
    expect((await goalPage(1)).indicators[0]).toMatchObject({ latest: { year: 2023, value: 88 }, onTrack: true });
    expect(await recorded()).toEqual([
      expect.objectContaining({ year: 2022, value: '81.2', replaced: '79.5' }),
      expect.objectContaining({ indicatorId: indicators[AK3.key].id, year: 2022, value: '86.4', replaced: '83.9' }),
      expect.objectContaining({ indicatorId: indicators[AK3.key].id, year: 2023, value: '88', replaced: null }),
    ]);

    // Five values for one new year at the same moment: each is recorded in turn (none refused, no 5xx), each replacing the one before.
    const racing = await Promise.all([90, 91, 92, 93, 94].map((v) => value(2024, v, office.token)));
    expect(racing.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(racing.filter((r) => r.body.replaced === null)).toHaveLength(1);
    const raced = (await recorded()).filter((d) => d.year === 2024);
    expect(raced).toHaveLength(5);
    const last = (await goalPage(1)).indicators[0].series.find((p) => p.year === 2024)!.value;
    expect(raced.map((d) => d.replaced).filter((r) => r !== null).sort()).toEqual(raced.map((d) => d.value).filter((v) => v !== String(last)).sort());
    // Two definitions of one key at the same moment: one is made, the other refused with 409.
    const twice = await Promise.all(
      [1, 2].map(() => api.call(client().POST('/programs/{id}/effect-goals/{number}/indicators', { params: { path: { id: programId, number: 3 } }, body: { ...AK9, key: 'gymnasieexamen-tre-ar' } }))),
    );
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409]);
  }, 60_000);
});
