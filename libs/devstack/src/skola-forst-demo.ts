import { textBody, type Schemas } from '@gov/api-client';
import type { Governance } from '@gov/domain';
import { answerBody, GovernanceApi, personBody, tokenBody } from './governance-api.js';
import {
  SEED_ACTIVITIES,
  SEED_COLLABORATION_MODEL,
  SEED_COMMUNICATION_PLAN,
  SEED_FOCUS_AREAS,
  SEED_ORGANIZATIONS,
  SEED_SESSIONS,
  seedNeedsCsv,
} from './skola-forst-seed.js';

/** What phase I needs: the data each step checks before it completes (the request bodies the contract declares). */
export interface PhaseOneData {
  sessions: readonly Schemas['CreateSessionDto'][];
  /** CSV import files, one per session (by index); may be fewer than the sessions. */
  needsCsv: string[];
  focusAreas: Schemas['FocusAreaDto'][];
  collaborationModel: Schemas['RoleBodiesDto'][];
  gateOwnerId: string;
  members: Schemas['AddNetworkMemberDto'][];
  kickoffAt: string;
  communicationPlan: readonly Schemas['CreateCommunicationItemDto'][];
}

/** Walks phase I through every step with the given data, up to the open gate. */
export async function runPhaseOne(api: GovernanceApi, programId: string, data: PhaseOneData): Promise<void> {
  const program = { path: { id: programId } };
  await api.atStep(programId, 'plan-gathering');
  const sessions: string[] = [];
  for (const s of data.sessions) sessions.push((await api.ok(api.POST('/programs/{id}/sessions', { params: program, body: s }))).id);
  await api.completeStep(programId, 'plan-gathering');
  await api.atStep(programId, 'gathering');
  for (const [i, csv] of data.needsCsv.entries()) {
    await api.ok(api.POST('/programs/{id}/sessions/{sessionId}/needs/import', { params: { path: { id: programId, sessionId: sessions[i] } }, body: csv, ...textBody('text/csv') }));
  }
  await api.completeStep(programId, 'gathering');
  await api.completeStep(programId, 'categorization');
  await api.atStep(programId, 'focus-areas');
  await api.ok(api.PUT('/programs/{id}/focus-areas', { params: program, body: { focusAreas: data.focusAreas } }));
  await api.completeStep(programId, 'focus-areas');
  await api.atStep(programId, 'collaboration-model');
  await api.ok(api.PUT('/programs/{id}/collaboration-model', { params: program, body: { roles: data.collaborationModel, gateOwnerId: data.gateOwnerId } }));
  await api.completeStep(programId, 'collaboration-model');
  await api.atStep(programId, 'network');
  for (const m of data.members) await api.ok(api.POST('/programs/{id}/network/members', { params: program, body: m }));
  await api.ok(api.POST('/programs/{id}/network/start', { params: program, body: { kickoffAt: data.kickoffAt } }));
  await api.completeStep(programId, 'network');
  await api.atStep(programId, 'communication-plan');
  for (const item of data.communicationPlan) await api.ok(api.POST('/programs/{id}/communication-plan', { params: program, body: item }));
  await api.completeStep(programId, 'communication-plan');
  await api.completeStep(programId, 'phase-report');
  await api.until('the gate', async () => ((await api.position(programId)).gateTaskId ? true : undefined));
}

export const DEMO_PROGRAM_NAME = 'Kraftsamling Skola först (demo)';

/**
 * Loads the seed program as demo data through the API, as a project office would: the city's
 * departments and companies with their contact persons, the steering group's decision maker, the
 * program with 450 needs imported over four sessions, the three focus areas, the collaboration
 * model, the network, the communication plan, the gate approved, and a few phase II activities in
 * different cells of the matrix and stages. Does nothing when the demo program exists.
 */
export async function loadSkolaForstDemo(api: GovernanceApi, log: (message: string) => void = () => undefined): Promise<{ programId: string; loaded: boolean }> {
  const existing = (await api.ok(api.GET('/programs', { params: { query: { limit: 100 } } }))).items.find((p) => p.name === DEMO_PROGRAM_NAME);
  if (existing) {
    log(`Demo program already loaded: ${existing.id}`);
    return { programId: existing.id, loaded: false };
  }
  log('Loading the Skola först demo: organizations and contact persons…');
  const orgs: { id: string; personId: string; token: string }[] = [];
  for (const o of SEED_ORGANIZATIONS) {
    const org = await api.ok(api.POST('/organizations', { body: { name: o.name, type: o.type } }));
    const person = await api.ok(api.POST('/persons', { body: personBody({ displayName: o.contact.name, email: o.contact.email, role: 'contact_person', organizationId: org.id }) }));
    const { token } = await api.ok(api.POST('/persons/{id}/tokens', { params: { path: { id: person.id } }, body: tokenBody({ name: 'demo' }) }));
    orgs.push({ id: org.id, personId: person.id, token: token! });
  }
  const arena = await api.ok(api.POST('/organizations', { body: { name: 'Hållbarhetsarenan', type: 'network' } }));
  const chair = await api.ok(
    api.POST('/persons', { body: personBody({ displayName: 'Lena Sjöberg', email: 'lena.sjoberg@example.se', role: 'contact_person', organizationId: arena.id, permissions: ['gate.decide'] }) }),
  );
  const chairToken = (await api.ok(api.POST('/persons/{id}/tokens', { params: { path: { id: chair.id } }, body: tokenBody({ name: 'demo' }) }))).token!;

  log('Creating the program and running phase I (450 needs)…');
  const program = await api.ok(api.POST('/programs', { body: { templateKey: 'skola-forst', name: DEMO_PROGRAM_NAME } }));
  const governance = await api.ok(api.GET('/programs/{id}/governance', { params: { path: { id: program.id } } }));
  const categories = governance.needCategories.map((c) => c.key);
  const questions = governance.questions.map((q) => q.key);
  const [header, ...rows] = seedNeedsCsv(categories, { questionKeys: questions }).trimEnd().split('\n');
  const perSession = Math.ceil(rows.length / SEED_SESSIONS.length);
  await runPhaseOne(api, program.id, {
    sessions: SEED_SESSIONS,
    needsCsv: SEED_SESSIONS.map((_, i) => `${header}\n${rows.slice(i * perSession, (i + 1) * perSession).join('\n')}\n`),
    focusAreas: SEED_FOCUS_AREAS,
    collaborationModel: SEED_COLLABORATION_MODEL,
    gateOwnerId: chair.id,
    members: orgs.map((o) => ({ organizationId: o.id, personId: o.personId })),
    kickoffAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    communicationPlan: SEED_COMMUNICATION_PLAN,
  });
  // Hållbarhetsarenan decides the gate: the chair and four departments' contact persons vote, the project office keeps the minutes.
  log('Hållbarhetsarenan decides the gate (steering group, material, protocol)…');
  const me = await api.ok(api.GET('/me'));
  const voters = [chair.id, ...orgs.slice(0, 4).map((o) => o.personId)];
  await api.ok(
    api.PUT('/programs/{id}/steering-group', {
      params: { path: { id: program.id } },
      body: { rule: 'majority', quorum: 3, members: [...voters.map((personId, i) => ({ personId, role: i === 0 ? ('chair' as const) : ('member' as const) })), { personId: me.id, role: 'secretary' as const }] },
    }),
  );
  const gate = await api.ok(api.GET('/programs/{id}/gate', { params: { path: { id: program.id } } }));
  for (const piece of gate.material) {
    await api.ok(
      api.PUT('/programs/{id}/gate/material/{key}', {
        params: { path: { id: program.id, key: piece.key } },
        body: { title: piece.name.sv, link: `https://intranat.example.se/skola-forst/${piece.key}.pdf` },
      }),
    );
  }
  await api.ok(
    api.as(chairToken).POST('/programs/{id}/gate', {
      params: { path: { id: program.id } },
      body: {
        decision: 'approve',
        comment: 'Delrapporten godkänd av Hållbarhetsarenan.',
        present: [...voters, me.id],
        positions: voters.map((personId) => ({ personId, position: 'for' as const })),
      },
    }),
  );
  await api.until('phase II', async () => ((await api.position(program.id)).phaseKey === 'implementation' ? true : undefined));

  log('Proposing phase II activities…');
  const activities: { id: string; responsibleId: string }[] = [];
  for (const a of SEED_ACTIVITIES) {
    const owners = a.owners.map((i) => orgs[i]);
    activities.push(
      await api.ok(
        api.POST('/programs/{id}/activities', {
          params: { path: { id: program.id } },
          body: {
            title: a.title,
            focusAreaKeys: [...a.focusAreaKeys],
            levelKeys: [...a.levelKeys],
            ownerOrganizationIds: owners.map((o) => o.id),
            responsibleId: owners[0].personId,
            methodKey: a.methodKey,
            effectGoalNumbers: [...a.effectGoalNumbers],
            plannedStart: '2019-09-01',
            plannedEnd: '2020-06-15',
          },
        }),
      ),
    );
  }
  // Two activities get going: their planning is done; the first is also carried out and evaluated.
  const activity = (id: string) => api.ok(api.GET('/activities/{activityId}', { params: { path: { activityId: id } } }));
  for (const a of activities.slice(0, 2)) {
    const responsible = orgs.find((o) => o.personId === a.responsibleId)!;
    const planning: string = await api.until('the planning task', async () => (await activity(a.id)).live?.taskId ?? undefined);
    await api.ok(api.as(responsible.token).POST('/tasks/{id}/complete', { params: { path: { id: planning } }, body: answerBody({ plan: 'Planeringen klar.' }) }));
    await api.until('execution', async () => ((await activity(a.id)).live?.status === 'execution' ? true : undefined));
  }
  const first = { path: { activityId: activities[0].id } };
  await api.ok(api.POST('/activities/{activityId}/execution/complete', { params: first }));
  await api.until('evaluation', async () => ((await activity(activities[0].id)).live?.taskId ? true : undefined));
  await api.ok(api.POST('/activities/{activityId}/evaluate', { params: first, body: { decision: 'continue', rationale: 'Fler vuxna ute på rasterna gav färre incidenter; fortsätter nästa termin.' } }));
  log(`Demo loaded: program ${program.id} (GET /programs/${program.id}/report?format=html, /programs/${program.id}/matrix)`);
  return { programId: program.id, loaded: true };
}
