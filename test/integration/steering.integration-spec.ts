import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AuditEventEntity, GateDecisionEntity, TaskEntity } from '@gov/persistence';
import { In, MoreThan, LessThanOrEqual, And } from 'typeorm';
import { textBody } from '@gov/api-client';
import { GovernanceApi, SEED_ACTIVITIES } from '@gov/devstack';
import { BOARD_PACK_CHANGES } from '../../apps/api/src/steering/board-pack.service.js';
import { createOrganization, createPerson, type TestPerson } from '../support/people.js';
import { readPdf } from '../support/pdf-text.js';
import { skolaForstAtGate } from '../support/skola-forst-gate.js';
import { eventually, startSystem, type TestSystem } from '../support/system.js';

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * Skola först's phase I gate (template version 3) decided by its steering group, Hållbarhetsarenan:
 * five voting members under "at least three present, a majority of those present", a secretary who
 * records, the decision material required first; then the protocol, checked against the audit trail.
 */
describe('a decision point decided by a steering group (issue 20)', () => {
  let system: TestSystem;
  let api: GovernanceApi;
  let office: TestPerson;
  let chair: TestPerson;
  let secretary: TestPerson;
  let conditionOwner: TestPerson;
  const members: TestPerson[] = [];
  let programId: string;
  let gateTaskId: string;
  const contacts: { orgId: string; person: TestPerson }[] = [];
  const path = () => ({ params: { path: { id: programId } } });
  const decide = (token: string, body: Record<string, unknown>) => api.call(api.as(token).POST('/programs/{id}/gate', { ...path(), body: body as never }));
  const decisionsTaken = async () => system.db.getRepository(GateDecisionEntity).countBy({ programId });

  beforeAll(async () => {
    system = await startSystem({ RATE_LIMIT_PER_MINUTE: '1000000' });
    office = await createPerson(system, 'project_office');
    api = new GovernanceApi(system.baseUrl, office.token);
    const arena = await createOrganization(system, `Hållbarhetsarenan ${Date.now()}`);
    chair = await createPerson(system, 'contact_person', { organizationId: arena.id, permissions: ['gate.decide'], displayName: 'Lena Sjöberg' });
    for (const name of ['Łukasz Ünal-Åström', 'Maria Berg', 'Johan Ek', 'Sara Lind']) members.push(await createPerson(system, 'contact_person', { organizationId: arena.id, displayName: name }));
    secretary = await createPerson(system, 'contact_person', { organizationId: arena.id, displayName: 'Karin Sekreterare' });
    for (let i = 0; i < 2; i++) {
      const org = await createOrganization(system);
      contacts.push({ orgId: org.id, person: await createPerson(system, 'contact_person', { organizationId: org.id }) });
    }
    conditionOwner = contacts[0].person;
    const atGate = await skolaForstAtGate(api, 'Skola först med styrgrupp', chair.person.id, contacts.map((c) => ({ orgId: c.orgId, personId: c.person.person.id })));
    ({ programId, gateTaskId } = atGate);
    expect(atGate.templateVersion).toBe(3);
  }, 240_000);
  afterAll(async () => {
    await system?.stop();
  });

  it('sets the steering group: five voting seats, a secretary, its rule; a group that does not hold together is refused and changes nothing', async () => {
    const seats = [
      { personId: chair.person.id, role: 'chair' },
      ...members.map((m) => ({ personId: m.person.id, role: 'member' })),
      { personId: secretary.person.id, role: 'secretary' },
    ];
    const noChair = await api.call(api.PUT('/programs/{id}/steering-group', { ...path(), body: { rule: 'majority', quorum: 3, members: seats.slice(1) as never } }));
    expect(noChair.status).toBe(400);
    const tooHighQuorum = await api.call(api.PUT('/programs/{id}/steering-group', { ...path(), body: { rule: 'majority', quorum: 6, members: seats as never } }));
    expect([tooHighQuorum.status, JSON.stringify(tooHighQuorum.body)]).toEqual([400, expect.stringContaining('a quorum of 6 needs at least 6 voting members')]);
    expect((await api.call(api.as(chair.token).PUT('/programs/{id}/steering-group', { ...path(), body: { rule: 'majority', quorum: 3, members: seats as never } }))).status).toBe(403);
    expect((await api.ok(api.GET('/programs/{id}/steering-group', path()))).rule).toBeNull();

    const group = await api.ok(api.PUT('/programs/{id}/steering-group', { ...path(), body: { rule: 'majority', quorum: 3, members: seats as never } }));
    expect(group.rule).toEqual({ kind: 'majority', quorum: 3 });
    expect(group.members.map((s) => [s.personId, s.role, s.votes])).toEqual(seats.map((s) => [s.personId, s.role, s.role !== 'secretary']));
    // Naming another decision maker than the chair is refused while the group decides.
    expect((await api.call(api.PUT('/programs/{id}/gate-owner', { ...path(), body: { personId: office.person.id } }))).status).toBe(409);
  });

  it('refuses a decision without the required material, then takes the material', async () => {
    const gate = await api.ok(api.GET('/programs/{id}/gate', path()));
    expect(gate).toMatchObject({ phaseKey: 'needs-analysis', round: 1, taskId: gateTaskId, materialComplete: false, decisionMakerId: chair.person.id });
    expect(gate.material.map((m) => [m.key, m.provided])).toEqual([
      ['delrapport', null],
      ['tjansteskrivelse', null],
    ]);
    const present = [chair, members[0], members[1], secretary].map((p) => p.person.id);
    const allFor = [chair, members[0], members[1]].map((p) => ({ personId: p.person.id, position: 'for' }));
    const refused = await decide(secretary.token, { decision: 'approve', present, positions: allFor });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ missing: ['delrapport', 'tjansteskrivelse'] });
    expect(await decisionsTaken()).toBe(0);

    // A member without the chair's or the secretary's seat provides nothing; the secretary does.
    expect((await api.call(api.as(members[2].token).PUT('/programs/{id}/gate/material/{key}', { params: { path: { id: programId, key: 'delrapport' } }, body: { title: 'Delrapport', link: 'https://diarium.example.se/1' } }))).status).toBe(403);
    expect((await api.call(api.as(secretary.token).PUT('/programs/{id}/gate/material/{key}', { params: { path: { id: programId, key: 'budget' } }, body: { title: 'Budget', link: 'https://diarium.example.se/2' } }))).status).toBe(404);
    expect((await api.call(api.as(secretary.token).PUT('/programs/{id}/gate/material/{key}', { params: { path: { id: programId, key: 'delrapport' } }, body: { title: 'Delrapport', link: 'javascript:alert(1)' } }))).status).toBe(400);
    await api.ok(api.as(secretary.token).PUT('/programs/{id}/gate/material/{key}', { params: { path: { id: programId, key: 'delrapport' } }, body: { title: 'Delrapport fas I, version 2', link: 'https://diarium.example.se/2019-123/delrapport.pdf' } }));
    const complete = await api.ok(api.PUT('/programs/{id}/gate/material/{key}', { params: { path: { id: programId, key: 'tjansteskrivelse' } }, body: { title: 'Tjänsteskrivelse KS 2019/123', link: 'https://diarium.example.se/2019-123/tjansteskrivelse.pdf' } }));
    expect(complete.materialComplete).toBe(true);
    expect(complete.material.map((m) => m.provided?.recordedBy)).toEqual([secretary.person.id, office.person.id]);
  });

  it('refuses for lack of quorum with two present, and by the majority with three present and one in favour', async () => {
    const noQuorum = await decide(secretary.token, {
      decision: 'approve',
      present: [chair.person.id, members[0].person.id, secretary.person.id],
      positions: [
        { personId: chair.person.id, position: 'for' },
        { personId: members[0].person.id, position: 'for' },
      ],
    });
    expect([noQuorum.status, noQuorum.body.detail]).toEqual([409, "No quorum: 2 voting members present; the steering group's rule needs at least 3."]);

    const outvoted = await decide(chair.token, {
      decision: 'approve',
      present: [chair.person.id, members[0].person.id, members[1].person.id],
      positions: [
        { personId: chair.person.id, position: 'for' },
        { personId: members[0].person.id, position: 'against' },
        { personId: members[1].person.id, position: 'abstain' },
      ],
    });
    expect([outvoted.status, outvoted.body.detail]).toEqual([409, 'Refused by the majority: 1 for, 1 against, 1 abstaining of 3 present; a majority of those present (2) must be for it.']);

    // A position left out, and a member who is neither chair nor secretary recording: refused as well.
    expect((await decide(chair.token, { decision: 'approve', present: [chair.person.id, members[0].person.id, members[1].person.id], positions: [{ personId: chair.person.id, position: 'for' }] })).status).toBe(400);
    expect((await decide(members[0].token, { decision: 'approve', present: [chair.person.id, members[0].person.id, members[1].person.id] })).status).toBe(403);
    expect((await decide(secretary.token, { decision: 'approve' })).status).toBe(400);
    expect(await decisionsTaken()).toBe(0);
    expect((await api.position(programId)).gateTaskId).toBe(gateTaskId);
  });

  it('approves with a condition that becomes a task and a reservation; phase II starts', async () => {
    const dueDate = day(14);
    const res = await decide(secretary.token, {
      decision: 'approve',
      comment: 'Delrapporten godkänns med villkor.',
      present: [chair.person.id, members[0].person.id, members[1].person.id, members[2].person.id, secretary.person.id],
      positions: [
        { personId: chair.person.id, position: 'for' },
        { personId: members[0].person.id, position: 'for' },
        { personId: members[1].person.id, position: 'against' },
        { personId: members[2].person.id, position: 'for' },
      ],
      conditions: [{ text: 'Kommunikationsplanen kompletteras med elevernas egna kanaler.', ownerId: conditionOwner.person.id, dueDate }],
      reservations: [{ personId: members[1].person.id, text: 'Jag reserverar mig: fokusområdena är för breda.' }],
    });
    expect([res.status, res.body]).toEqual([200, { programId, phaseKey: 'needs-analysis', decision: 'approve' }]);
    await api.until('phase II', async () => ((await api.position(programId)).phaseKey === 'implementation' ? true : undefined));
    expect((await decide(secretary.token, { decision: 'approve', present: [chair.person.id] })).status).toBe(409);

    // The condition is its owner's task, due on its day, and completes like any task.
    const task = await eventually(async () => {
      const inbox = (await api.ok(api.as(conditionOwner.token).GET('/me/tasks', { params: { query: { limit: 100 } } }))).items;
      return inbox.find((t) => t.purpose === 'condition' && t.programId === programId);
    }, 30_000, "the condition in its owner's inbox");
    expect(task.title).toBe('Villkor i beslut: Kommunikationsplanen kompletteras med elevernas egna kanaler.');
    expect(task.dueAt.slice(0, 10)).toBe(dueDate);
    expect((await api.call(api.as(conditionOwner.token).POST('/tasks/{id}/complete', { params: { path: { id: task.id } }, body: {} }))).status).toBe(200);
    await eventually(async () => ((await system.db.getRepository(TaskEntity).findOneBy({ id: task.id }))?.status === 'done' ? true : undefined), 30_000, 'the condition done');
  }, 120_000);

  it('generates the protocol: exactly who was present and how each voted, matching the audit trail', async () => {
    const list = await api.ok(api.GET('/programs/{id}/decisions', path()));
    expect(list.items.map((d) => [d.gateTaskId, d.phaseKey, d.round, d.decision])).toEqual([[gateTaskId, 'needs-analysis', 1, 'approve']]);
    const protocol = await api.ok(api.GET('/programs/{id}/decisions/{taskId}/protocol', { params: { path: { id: programId, taskId: gateTaskId }, query: { format: 'json' } } }));
    const view = protocol as unknown as { members: { name: string; role: string; present: boolean; position: string | null }[]; [k: string]: unknown };
    expect(view.members.map((m) => [m.name, m.role, m.present, m.position])).toEqual([
      ['Lena Sjöberg', 'chair', true, 'for'],
      ['Łukasz Ünal-Åström', 'member', true, 'for'],
      ['Maria Berg', 'member', true, 'against'],
      ['Johan Ek', 'member', true, 'for'],
      ['Sara Lind', 'member', false, null],
      ['Karin Sekreterare', 'secretary', true, null],
    ]);
    expect(view).toMatchObject({
      decision: 'approve',
      decisionName: 'Godkänn – nästa fas startar',
      comment: 'Delrapporten godkänns med villkor.',
      rule: { kind: 'majority', quorum: 3 },
      recordedBy: 'Karin Sekreterare',
      material: [
        { key: 'delrapport', name: 'Delrapport fas I', title: 'Delrapport fas I, version 2', link: 'https://diarium.example.se/2019-123/delrapport.pdf' },
        { key: 'tjansteskrivelse', name: 'Tjänsteskrivelse med förslag till beslut', title: 'Tjänsteskrivelse KS 2019/123', link: 'https://diarium.example.se/2019-123/tjansteskrivelse.pdf' },
      ],
      conditions: [{ text: 'Kommunikationsplanen kompletteras med elevernas egna kanaler.', ownerId: conditionOwner.person.id, dueDate: day(14) }],
      reservations: [{ personId: members[1].person.id, name: 'Maria Berg', text: 'Jag reserverar mig: fokusområdena är för breda.' }],
    });

    // The audit trail's entry of the decision says the same: who was present, each position, the counts.
    const entry = await system.db.getRepository(AuditEventEntity).findOneByOrFail({ programId, type: 'gate.decided' });
    expect(view.audit).toEqual({ eventId: entry.id, hash: entry.hash });
    const present = view.members.filter((m) => m.present);
    expect(String(entry.data.present).split(',').sort()).toEqual([chair, members[0], members[1], members[2], secretary].map((p) => p.person.id).sort());
    expect(present).toHaveLength(5);
    expect(String(entry.data.positions).split(',')).toEqual([
      `${chair.person.id}:for`,
      `${members[0].person.id}:for`,
      `${members[1].person.id}:against`,
      `${members[2].person.id}:for`,
    ]);
    expect(entry.data).toMatchObject({ decision: 'approve', for: 3, against: 1, abstain: 0, rule: 'majority', quorum: 3, conditions: 1, reservations: 1 });
    expect(entry.actorId).toBe(secretary.person.id);

    // HTML in Swedish and English; a contact person of another organization sees the group's names withheld.
    const html = await fetch(`${system.baseUrl}/programs/${programId}/decisions/${gateTaskId}/protocol?format=html&lang=en`, { headers: { authorization: `Bearer ${office.token}` } });
    expect([html.status, html.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(await html.text()).toContain('Łukasz Ünal-Åström');
    // The PDF, as the API serves it: one page, and its text says the same.
    const pdf = await fetch(`${system.baseUrl}/programs/${programId}/decisions/${gateTaskId}/protocol`, { headers: { authorization: `Bearer ${office.token}`, accept: 'application/pdf' } });
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const doc = await getDocument({ data: new Uint8Array(await pdf.arrayBuffer()), useSystemFonts: false }).promise;
    expect(doc.numPages).toBe(1);
    const words = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' ');
    for (const expected of ['Beslutsprotokoll', 'Skola först med styrgrupp', 'Lena Sjöberg', 'Łukasz Ünal-Åström', 'Maria Berg', 'Johan Ek', 'Sara Lind', 'Godkänn – nästa fas startar', 'Kommunikationsplanen kompletteras med elevernas egna kanaler.', day(14), 'Jag reserverar mig: fokusområdena är för breda.', 'Sida 1 av 1', entry.hash]) {
      expect(words).toContain(expected);
    }
    await doc.destroy();
    const outsider = await api.ok(api.as(contacts[1].person.token).GET('/programs/{id}/decisions/{taskId}/protocol', { params: { path: { id: programId, taskId: gateTaskId } } }));
    expect((outsider as unknown as typeof view).members.every((m) => m.name === '—')).toBe(true);
  });
  it('holds steering meetings: invitations with the agenda, minutes, and a board pack of what changed since the previous meeting, as the audit trail has it', async () => {
    const schedule = (token: string, startsAt: Date) =>
      api.call(api.as(token).POST('/programs/{id}/steering-meetings', { ...path(), body: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(), location: 'Stadshuset, sal 3' } }));
    expect((await schedule(members[0].token, new Date())).status).toBe(403);
    const held = await schedule(secretary.token, new Date());
    expect(held.status).toBe(200);
    const first = held.body as { id: string; number: number; startsAt: string; invitationTaskIds: string[]; agenda: string[] };
    expect(first.number).toBe(1);
    // A meeting recorded as it is held invites nobody.
    expect(first.invitationTaskIds).toEqual([]);
    expect(first.agenda.at(-1)).toBe('Förändringar sedan programmets start (changes since the program started)');

    // Two effect goals' indicators, three years each from a CSV file.
    const indicator = (number: number, key: string, nameSv: string, baselineValue: number, targetValue: number) =>
      api.ok(
        api.POST('/programs/{id}/effect-goals/{number}/indicators', {
          params: { path: { id: programId, number } },
          body: { key, nameSv, nameEn: key, unit: '%', source: 'Skolverket', baselineYear: 2019, baselineValue, targetValue, targetYear: 2025, ownerId: office.person.id },
        }),
      );
    const ak3 = await indicator(1, 'ak3-matematik', 'Andel elever i åk 3 som nått kravnivån i matematik', 80, 92);
    await indicator(2, 'ak9-alla-amnen', 'Andel elever med godkänt i alla ämnen i åk 9', 72, 84);
    const csv = ['indicator,year,value', 'ak3-matematik,2020,81.5', 'ak3-matematik,2021,83', 'ak3-matematik,2022,86.5', 'ak9-alla-amnen,2020,73.1', 'ak9-alla-amnen,2021,72', 'ak9-alla-amnen,2022,73', ''].join('\n');
    await api.ok(api.POST('/programs/{id}/indicators/values/import', { ...path(), body: csv, ...textBody('text/csv') }));
    // Between the meetings: an activity proposed in phase II.
    const seed = SEED_ACTIVITIES[0];
    const activity = await api.ok(
      api.POST('/programs/{id}/activities', {
        ...path(),
        body: {
          title: 'Rastvärdar på skolgården',
          focusAreaKeys: [...seed.focusAreaKeys],
          levelKeys: [...seed.levelKeys],
          ownerOrganizationIds: [contacts[0].orgId],
          responsibleId: contacts[0].person.person.id,
          methodKey: seed.methodKey,
          effectGoalNumbers: [1, 2],
          indicatorIds: [ak3.id],
          plannedStart: day(1),
          plannedEnd: day(200),
        },
      }),
    );
    const second = (await schedule(secretary.token, new Date(Date.now() + 86_400_000))).body as { id: string; number: number; invitationTaskIds: string[] };
    expect(second.number).toBe(2);
    // Each of the six seats gets the agenda as a task with a calendar invitation, due when the meeting starts.
    expect(second.invitationTaskIds).toHaveLength(6);
    const invitation = await eventually(async () => {
      const inbox = (await api.ok(api.as(members[3].token).GET('/me/tasks', { params: { query: { limit: 100 } } }))).items;
      return inbox.find((t) => second.invitationTaskIds.includes(t.id));
    }, 30_000, "the invitation in a member's inbox");
    expect(invitation.title).toMatch(/^Styrgruppsmöte 2 \(steering group meeting\)/);
    expect(invitation.meeting).toMatchObject({ location: 'Stadshuset, sal 3' });
    expect(invitation.instructions).toContain('Föregående mötes protokoll, möte 1');
    expect(invitation.instructions).toContain('Förändringar sedan förra mötet');
    expect((await api.call(api.as(secretary.token).PUT('/programs/{id}/steering-meetings/{meetingId}/minutes', { params: { path: { id: programId, meetingId: second.id } }, body: { minutes: 'För tidigt' } }))).status).toBe(409);
    const minuted = await api.ok(api.as(secretary.token).PUT('/programs/{id}/steering-meetings/{meetingId}/minutes', { params: { path: { id: programId, meetingId: first.id } }, body: { minutes: 'Delrapporten föredrogs; beslut enligt protokoll.' } }));
    expect(minuted.minutes).toBe('Delrapporten föredrogs; beslut enligt protokoll.');

    const packOf = async (meetingId: string) =>
      (await api.ok(api.GET('/programs/{id}/steering-meetings/{meetingId}/board-pack', { params: { path: { id: programId, meetingId }, query: { format: 'json' } } }))) as unknown as {
        since: string | null;
        until: string;
        changes: { eventId: string; type: string; category: string; text: string }[];
        phases: { key: string; status: string }[];
        activities: { id: string; rag: string; reason: string }[];
        overdue: unknown[];
        indicators: { goal: string; name: string; baseline: { year: number; value: number }; target: { year: number; value: number }; series: { year: number; value: number }[]; onTrack: boolean | null; activities: string[] }[];
      };
    const trail = (after: Date | null, until: Date) =>
      system.db.getRepository(AuditEventEntity).find({
        where: { programId, type: In(Object.keys(BOARD_PACK_CHANGES)), occurredAt: after ? And(MoreThan(after), LessThanOrEqual(until)) : LessThanOrEqual(until) },
        order: { seq: 'ASC' },
      });
    // The second meeting's pack: exactly the trail's changes since the first meeting started — the activity, not the gate.
    const pack = await packOf(second.id);
    expect(pack.since).toBe(first.startsAt);
    const since = await trail(new Date(first.startsAt), new Date(pack.until));
    expect(pack.changes.map((c) => c.eventId)).toEqual(since.map((e) => e.id));
    expect(pack.changes.map((c) => [c.type, c.text])).toEqual(expect.arrayContaining([['activity.proposed', 'Aktivitet föreslagen: Rastvärdar på skolgården']]));
    expect(pack.changes.some((c) => c.type === 'gate.decided')).toBe(false);
    expect(pack.phases.map((p) => [p.key, p.status])).toEqual([
      ['needs-analysis', 'done'],
      ['implementation', 'current'],
    ]);
    expect(pack.activities.find((a) => a.id === activity.id)).toMatchObject({ rag: expect.stringMatching(/on-track|at-risk/) });
    // The indicators against their targets: åk 3 above its line (86.5 in 2022 against 86), åk 9 behind it (73 against 78).
    // The activity names the åk 3 indicator, and goal 2 (whose indicator no activity names).
    expect(pack.indicators.map((i) => [i.name, i.baseline, i.target, i.series.map((p) => p.value), i.onTrack, i.activities])).toEqual([
      ['Andel elever i åk 3 som nått kravnivån i matematik', { year: 2019, value: 80 }, { year: 2025, value: 92 }, [81.5, 83, 86.5], true, ['Rastvärdar på skolgården']],
      ['Andel elever med godkänt i alla ämnen i åk 9', { year: 2019, value: 72 }, { year: 2025, value: 84 }, [73.1, 72, 73], false, ['Rastvärdar på skolgården']],
    ]);
    expect(pack.indicators[0].goal).toMatch(/^1\. /);
    // The first meeting's: everything up to its start since the program began, the gate's decision among it.
    const firstPack = await packOf(first.id);
    expect(firstPack.since).toBeNull();
    expect(firstPack.changes.map((c) => c.eventId)).toEqual((await trail(null, new Date(first.startsAt))).map((e) => e.id));
    expect(firstPack.changes.filter((c) => c.type === 'gate.decided').map((c) => c.text)).toEqual(['Beslut vid beslutspunkten Fas I – behovsanalys: Godkänn – nästa fas startar']);

    const packFile = (format: string) => fetch(`${system.baseUrl}/programs/${programId}/steering-meetings/${second.id}/board-pack?format=${format}`, { headers: { authorization: `Bearer ${office.token}` } });
    const html = await packFile('html');
    expect([html.status, html.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(await html.text()).toContain('Rastvärdar på skolgården');
    const pdf = await packFile('pdf');
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const read = await readPdf(Buffer.from(await pdf.arrayBuffer()), /^((Styrgruppsunderlag|Board pack) – .* – (Möte|Meeting) \d+$|Sammanställt: |Generated: |Sida \d+ av \d+|Page \d+ of \d+)/);
    const text = read.text.join(' ');
    for (const expected of ['Styrgruppsunderlag', 'Rastvärdar på skolgården', 'Aktivitet föreslagen: Rastvärdar på skolgården', 'Andel elever i åk 3 som nått kravnivån i matematik', 'Andel elever med godkänt i alla ämnen i åk 9']) expect(text).toContain(expected);
    expect(read.outside).toEqual([]);
    // A contact person outside the group reads neither the meetings nor their packs.
    expect((await api.call(api.as(contacts[1].person.token).GET('/programs/{id}/steering-meetings', path()))).status).toBe(403);
  }, 120_000);

  it("decides the project model's decision points by the same mechanism: a chair's rule with a quorum of two", async () => {
    const created = await api.ok(api.POST('/programs', { body: { templateKey: 'projektmodell', name: 'Digital skolskjuts med styrgrupp' } }));
    const id = created.id;
    const at = { params: { path: { id } } };
    await api.ok(
      api.PUT('/programs/{id}/steering-group', {
        ...at,
        body: { rule: 'chair', quorum: 2, members: [{ personId: chair.person.id, role: 'chair' }, { personId: members[0].person.id, role: 'member' }, { personId: contacts[1].person.person.id, role: 'member' }] },
      }),
    );
    // The members know each other across organizations (the chair records who is present); others see no one of another organization.
    const seen = await api.ok(api.as(chair.token).GET('/programs/{id}/steering-group', at));
    expect(seen.members.map((m) => [m.personId, m.name])).toEqual([
      [chair.person.id, 'Lena Sjöberg'],
      [members[0].person.id, 'Łukasz Ünal-Åström'],
      [contacts[1].person.person.id, contacts[1].person.person.displayName],
    ]);
    expect((await api.ok(api.as(contacts[0].person.token).GET('/programs/{id}/steering-group', at))).members.map((m) => m.personId)).toEqual([null, null, null]);
    await api.atStep(id, 'project-idea');
    await api.ok(api.PUT('/programs/{id}/steps/{stepKey}/form', { params: { path: { id, stepKey: 'project-idea' } }, body: { answers: { title: 'Digital skolskjuts', need: 'Elever väntar på skolskjuts.', department: 'Utbildningsförvaltningen' } } }));
    await api.completeStep(id, 'project-idea');
    await api.until('BP1', async () => ((await api.position(id)).gateTaskId ? true : undefined));
    const bp1 = (await api.position(id)).gateTaskId!;
    // The chair alone is no quorum; the chair with one member present decides, without a vote counted.
    const alone = await api.call(api.as(chair.token).POST('/programs/{id}/gate', { ...at, body: { decision: 'continue', present: [chair.person.id] } }));
    expect([alone.status, alone.body.detail]).toEqual([409, "No quorum: 1 voting member present; the steering group's rule needs at least 2."]);
    expect((await api.call(api.as(members[0].token).POST('/programs/{id}/gate', { ...at, body: { decision: 'continue', present: [chair.person.id, members[0].person.id] } }))).status).toBe(403);
    expect((await api.ok(api.as(chair.token).POST('/programs/{id}/gate', { ...at, body: { decision: 'continue', present: [chair.person.id, members[0].person.id] } }))).decision).toBe('continue');
    await api.until('Förstudie', async () => ((await api.position(id)).phaseKey === 'forstudie' ? true : undefined));
    const protocol = (await api.ok(api.GET('/programs/{id}/decisions/{taskId}/protocol', { params: { path: { id, taskId: bp1 }, query: { lang: 'en' } } }))) as unknown as {
      members: { name: string; present: boolean; position: string | null }[];
      decisionName: string;
      phaseName: string;
      rule: unknown;
    };
    expect(protocol.members.map((m) => [m.name, m.present, m.position])).toEqual([
      ['Lena Sjöberg', true, null],
      ['Łukasz Ünal-Åström', true, null],
      [contacts[1].person.person.displayName, false, null],
    ]);
    expect(protocol).toMatchObject({ rule: { kind: 'chair', quorum: 2 }, phaseName: expect.stringMatching(/Idea/), decisionName: expect.stringMatching(/./) });
  }, 120_000);
});
