import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { answer as call } from '@gov/api-client';
import { AuditEventEntity, GatheringSessionEntity, NeedEntity } from '@gov/persistence';
import { programBody } from '@gov/devstack';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

// A gathering as the seed ran it: workshops, interviews and conversations with seven participant
// groups, written down in one file with the labels people use (Swedish names, any case).
const KINDS = [
  ['Workshop', 'workshop'],
  ['intervju', 'interview'],
  ['SAMTAL', 'conversation'],
] as const;
const GROUPS = [
  ['Lärare', 'teachers'],
  ['pedagoger', 'pedagogues'],
  ['Strateger', 'strategists'],
  ['Chefer på olika nivåer', 'managers'],
  ['Development leaders', 'developers'],
  ['politiker', 'politicians'],
  ['children-youth', 'children-youth'],
] as const;
const CATEGORIES = ['Hälsa', 'halsa', 'TILLIT/TRYGGHET', 'Transport', 'Meaningful leisure', 'lokaler / miljö', 'resources-conditions', ''];

/** One line per need: three needs for each of the 21 kinds × groups, and any extra lines given. */
function gatheringFile(extra: string[] = []): string {
  const lines = ['text,source,group,category'];
  let n = 0;
  for (const [kind] of KINDS) for (const [group] of GROUPS) for (let i = 0; i < 3; i++) lines.push(`"Behov ${++n}, från ${group}",${kind},${group},${CATEGORIES[n % CATEGORIES.length]}`);
  return [...lines, ...extra].join('\n');
}

describe('a whole gathering imported from one file', () => {
  let system: TestSystem;
  let office: TestPerson;
  let programId: string;
  let politicians: string;
  const client = (token: string = office.token) => system.client(token);
  const importFile = (body: { csv: string; mapping?: Record<string, Record<string, string>>; heldOn?: string }, dryRun: boolean, token?: string) =>
    call(client(token).POST('/programs/{id}/needs/import', { params: { path: { id: programId }, query: { dryRun: dryRun ? 'true' : 'false' } }, body }));
  const stored = async () => ({
    needs: await system.db.getRepository(NeedEntity).countBy({ programId }),
    sessions: await system.db.getRepository(GatheringSessionEntity).countBy({ programId }),
    audit: await system.db.getRepository(AuditEventEntity).countBy({ programId }),
  });

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    office = await createPerson(system, 'project_office');
    programId = (await call(client().POST('/programs', { body: programBody({ templateKey: 'skola-forst', name: 'Skola först, insamlingen i en fil' }) }))).body.id;
    const atStep = (step: string) =>
      eventually(async () => {
        const p = (await call(client().GET('/programs/{id}', { params: { path: { id: programId } } }))).body.position;
        return p.stepKey === step && p.stepStatus === 'open' ? p : undefined;
      }, 30_000, `step ${step} to open`);
    await atStep('plan-gathering');
    // Planned by hand before the file came: one the import finds (interviews with politicians), one it does not (two groups).
    const session = (kind: string, participantGroups: string[]) =>
      call(client().POST('/programs/{id}/sessions', { params: { path: { id: programId } }, body: { kind, title: `Planerad ${kind}`, heldOn: '2018-12-12', participantGroups } }));
    politicians = (await session('interview', ['politicians'])).body.id;
    await session('workshop', ['teachers', 'pedagogues']);
    expect((await call(client().POST('/programs/{id}/steps/{stepKey}/complete', { params: { path: { id: programId, stepKey: 'plan-gathering' } } }))).status).toBe(200);
    await atStep('gathering');
  }, 90_000);
  afterAll(async () => {
    await system?.stop();
  });

  it("reads a template's lists before any program is made from it", async () => {
    const lists = await call(client().GET('/templates/{key}/versions/{version}/governance', { params: { path: { key: 'skola-forst', version: 3 } } }));
    expect(lists.status).toBe(200);
    expect(lists.body.needCategories).toContainEqual({ key: 'health', name: { sv: 'Hälsa', en: 'Health' } });
    expect(lists.body.sessionKinds.map((k: { key: string }) => k.key)).toEqual(['workshop', 'interview', 'conversation']);
    expect(lists.body.participantGroups).toHaveLength(7);
    expect((await call(client().GET('/templates/{key}/versions/{version}/governance', { params: { path: { key: 'fast-track', version: 2 } } }))).status).toBe(409);
    expect((await call(client().GET('/templates/{key}/versions/{version}/governance', { params: { path: { key: 'skola-forst', version: 99 } } }))).status).toBe(404);
  });

  it('lets only the project office import', async () => {
    const before = await stored();
    for (const role of ['manager', 'contact_person'] as const) {
      const person = await createPerson(system, role, role === 'contact_person' ? { organizationId: (await createOrganization(system)).id } : {});
      expect((await importFile({ csv: gatheringFile() }, true, person.token)).status).toBe(403);
      expect((await importFile({ csv: gatheringFile() }, false, person.token)).status).toBe(403);
    }
    expect(await stored()).toEqual(before);
  });

  it('refuses a bad file whole, naming the line and column, and stores nothing', async () => {
    const before = await stored();
    const missingText = await importFile({ csv: gatheringFile([',Workshop,Lärare,Hälsa', 'Ett behov,Workshop,,Hälsa']) }, false);
    expect(missingText.status).toBe(400);
    expect(missingText.body.errors).toEqual([
      { field: 'line 65.text', message: 'required' },
      { field: 'line 66.group', message: expect.stringMatching(/required/) },
    ]);
    const badHeader = await importFile({ csv: 'text,källa,grupp,kategori,betyg\nEtt behov,Workshop,Lärare,Hälsa,5' }, true);
    expect(badHeader.status).toBe(400);
    expect(badHeader.body.errors).toEqual([{ field: 'line 1.column 5', message: expect.stringContaining("'betyg' is not a column") }]);
    const unquoted = await importFile({ csv: 'text,source,group\nEtt behov,Workshop,Lärare\n"Ett behov som aldrig slutar,Workshop,Lärare' }, false);
    expect(unquoted.status).toBe(400);
    expect(unquoted.body.errors[0].field).toMatch(/^line \d+$/);
    const ragged = await importFile({ csv: 'text,source,group\nEtt behov,Workshop,Lärare,Hälsa' }, false);
    expect(ragged.status).toBe(400);
    expect(ragged.body.errors[0].field).toBe('line 2');
    const badMapping = await importFile({ csv: gatheringFile(), mapping: { categories: { Trivsel: 'weather' } } }, true);
    expect(badMapping.status).toBe(400);
    expect(badMapping.body.errors[0]).toMatchObject({ field: 'mapping.categories.Trivsel', message: expect.stringContaining("'weather' is not one of") });
    // Bounded: rows, mapped labels and the sessions' day.
    const tooLong = await importFile({ csv: ['text,source,group', ...Array.from({ length: 10_001 }, (_, i) => `B${i},Workshop,Lärare`)].join('\n') }, true);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors[0].message).toMatch(/at most 10000 rows/);
    const manyLabels = await importFile({ csv: gatheringFile(), mapping: { categories: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`etikett ${i}`, 'health'])) } }, true);
    expect(manyLabels.status).toBe(400);
    expect(manyLabels.body.detail).toMatch(/mapping\.categories .*100/);
    expect((await importFile({ csv: gatheringFile(), heldOn: '2019-02-30' }, false)).status).toBe(400);
    expect(await stored()).toEqual(before);
  });

  it('previews a file with labels the program does not know, storing nothing; the mapping resolves them', async () => {
    const before = await stored();
    const file = gatheringFile(['Mer trivsel på rasterna,Workshop,Lärare,Trivsel', 'Trygga skolvägar,fokusgrupp,Barn och ungdomar,trivsel']);
    const preview = await importFile({ csv: file }, true);
    expect(preview.status).toBe(201);
    expect(preview.body).toMatchObject({ dryRun: true, rows: 65, imported: 0 });
    expect(preview.body.unknown.categories).toEqual([{ label: 'Trivsel', lines: [65, 66], rows: 2, suggestions: expect.any(Array) }]);
    expect(preview.body.unknown.sources).toEqual([{ label: 'fokusgrupp', lines: [66], rows: 1, suggestions: expect.any(Array) }]);
    expect(preview.body.unknown.groups).toEqual([]);
    expect(preview.body.preview[0]).toMatchObject({ line: 2, text: 'Behov 1, från Lärare', kind: 'workshop', group: 'teachers', categoryKey: 'health' });
    expect(await stored()).toEqual(before);

    // Imported without the mapping: refused, the unknown labels named by their first line.
    const refused = await importFile({ csv: file }, false);
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['line 66.source', 'line 65.category']);
    expect(await stored()).toEqual(before);

    const mapping = { categories: { trivsel: 'trust-safety' }, sources: { Fokusgrupp: 'workshop' } };
    const mapped = await importFile({ csv: file, mapping }, true);
    expect(mapped.body.unknown).toEqual({ categories: [], sources: [], groups: [] });
    expect(mapped.body.sessions).toHaveLength(21);
    expect(await stored()).toEqual(before);
  });

  it('imports the 21 kinds × groups in one go: sessions matched or made, one audit entry each', async () => {
    const before = await stored();
    const file = gatheringFile(['Mer trivsel på rasterna,Workshop,Lärare,Trivsel']);
    const res = await importFile({ csv: file, mapping: { categories: { Trivsel: 'trust-safety' } }, heldOn: '2019-01-30' }, false);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ dryRun: false, rows: 64, imported: 64, unknown: { categories: [], sources: [], groups: [] } });
    // Every eighth row of the 63 has no category; the Trivsel row has one by the mapping.
    expect(res.body.categorized).toBe(63 - 8 + 1);
    const sessions = res.body.sessions as { kind: string; group: string; action: string; sessionId: string; title: string; needs: number }[];
    expect(sessions).toHaveLength(21);
    expect(sessions.filter((s) => s.action === 'matched')).toEqual([{ kind: 'interview', group: 'politicians', action: 'matched', sessionId: politicians, title: 'Planerad interview', needs: 3 }]);
    expect(sessions.find((s) => s.kind === 'workshop' && s.group === 'teachers')).toMatchObject({ action: 'created', title: 'Workshop – Lärare', needs: 4 });
    expect(new Set(sessions.map((s) => `${s.kind}/${s.group}`)).size).toBe(21);

    const after = await stored();
    expect(after.needs - before.needs).toBe(64);
    expect(after.sessions - before.sessions).toBe(20);
    const audit = system.db.getRepository(AuditEventEntity);
    expect(await audit.countBy({ programId, type: 'needs.imported' })).toBe(21);
    expect(await audit.countBy({ programId, type: 'session.planned' })).toBe(2 + 20);
    const made = await system.db.getRepository(GatheringSessionEntity).findOneByOrFail({ id: sessions.find((s) => s.kind === 'conversation' && s.group === 'children-youth')!.sessionId });
    expect(made).toMatchObject({ kind: 'conversation', participantGroups: ['children-youth'], heldOn: '2019-01-30', title: 'Samtal – Barn och ungdomar' });
    const trivsel = await system.db.getRepository(NeedEntity).findOneByOrFail({ programId, text: 'Mer trivsel på rasterna' });
    expect(trivsel.categoryKey).toBe('trust-safety');

    const stats = (await call(client().GET('/programs/{id}/needs/statistics', { params: { path: { id: programId } } }))).body;
    expect(stats.total).toBe(64);
    expect(stats.byCategory.find((c: { key: string }) => c.key === 'health').count).toBe(15);
    expect(stats.sessions.byParticipantGroup.find((g: { key: string }) => g.key === 'politicians')).toMatchObject({ needs: 9 });

    // The same file again goes to the same sessions: nothing new is made.
    const again = await importFile({ csv: gatheringFile() }, true);
    expect(again.body.sessions.every((s: { action: string }) => s.action === 'matched')).toBe(true);
  });
});
