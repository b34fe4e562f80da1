import { pollUntil } from './poll.js';
import {
  SEED_ACTIVITIES,
  SEED_COLLABORATION_MODEL,
  SEED_COMMUNICATION_PLAN,
  SEED_FOCUS_AREAS,
  SEED_ORGANIZATIONS,
  SEED_SESSIONS,
  seedNeedsCsv,
} from './skola-forst-seed.js';

export interface ApiAnswer<T = any> {
  status: number;
  body: T;
}

/** A small HTTP client for the governance API: JSON in and out, a bearer token per call. */
export class GovernanceApi {
  constructor(
    readonly baseUrl: string,
    readonly token: string,
  ) {}

  async call<T = any>(method: string, path: string, body?: unknown, options: { token?: string; contentType?: string } = {}): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? this.token}` };
    if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    const send = () => fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
    let res = await send();
    // Over the per-token rate limit: wait as the API asks, then try again (a refused request changed nothing).
    for (let attempt = 0; res.status === 429 && attempt < 30; attempt++) {
      await new Promise((r) => setTimeout(r, Math.min(Number(res.headers.get('retry-after') ?? 1), 10) * 1000));
      res = await send();
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed as T };
  }

  /** Like `call`, and throws with the problem's detail unless the answer is 2xx. */
  async ok<T = any>(method: string, path: string, body?: unknown, options: { token?: string; contentType?: string } = {}): Promise<T> {
    const res = await this.call<T>(method, path, body, options);
    if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Polls until `check` gives a value: workflows move the program on asynchronously. */
  until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
    return pollUntil(check, timeoutMs, what, 200);
  }

  async position(programId: string): Promise<{ status: string; phaseKey: string | null; stepKey: string | null; stepStatus: string | null; gateTaskId: string | null }> {
    return (await this.ok('GET', `/programs/${programId}`)).position;
  }

  /** Waits until `step` is the open step of the program. */
  atStep(programId: string, step: string) {
    return this.until(`step ${step}`, async () => {
      const p = await this.position(programId);
      return p.stepKey === step && p.stepStatus === 'open' ? p : undefined;
    });
  }

  /** Waits until the step opens, then completes it. */
  async completeStep(programId: string, step: string): Promise<void> {
    await this.atStep(programId, step);
    await this.ok('POST', `/programs/${programId}/steps/${step}/complete`);
  }
}

/** What phase I needs: the data each step checks before it completes. */
export interface PhaseOneData {
  sessions: { kind: string; title: string; heldOn: string; participantGroups: string[] }[];
  /** CSV import files, one per session (by index); may be fewer than the sessions. */
  needsCsv: string[];
  focusAreas: { key: string; categoryKeys: string[] }[];
  collaborationModel: { roleKey: string; bodies: string[] }[];
  gateOwnerId: string;
  members: { organizationId: string; personId: string }[];
  kickoffAt: string;
  communicationPlan: readonly { title: string; channel: string; audience: string; recurrence: string; dueOn: string }[];
}

/** Walks phase I through every step with the given data, up to the open gate. */
export async function runPhaseOne(api: GovernanceApi, programId: string, data: PhaseOneData): Promise<void> {
  await api.atStep(programId, 'plan-gathering');
  const sessions: string[] = [];
  for (const s of data.sessions) sessions.push((await api.ok('POST', `/programs/${programId}/sessions`, s)).id);
  await api.completeStep(programId, 'plan-gathering');
  await api.atStep(programId, 'gathering');
  for (const [i, csv] of data.needsCsv.entries()) await api.ok('POST', `/programs/${programId}/sessions/${sessions[i]}/needs/import`, csv, { contentType: 'text/csv' });
  await api.completeStep(programId, 'gathering');
  await api.completeStep(programId, 'categorization');
  await api.atStep(programId, 'focus-areas');
  await api.ok('PUT', `/programs/${programId}/focus-areas`, { focusAreas: data.focusAreas });
  await api.completeStep(programId, 'focus-areas');
  await api.atStep(programId, 'collaboration-model');
  await api.ok('PUT', `/programs/${programId}/collaboration-model`, { roles: data.collaborationModel, gateOwnerId: data.gateOwnerId });
  await api.completeStep(programId, 'collaboration-model');
  await api.atStep(programId, 'network');
  for (const m of data.members) await api.ok('POST', `/programs/${programId}/network/members`, m);
  await api.ok('POST', `/programs/${programId}/network/start`, { kickoffAt: data.kickoffAt });
  await api.completeStep(programId, 'network');
  await api.atStep(programId, 'communication-plan');
  for (const item of data.communicationPlan) await api.ok('POST', `/programs/${programId}/communication-plan`, item);
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
  const existing = (await api.ok('GET', '/programs?limit=100')).items.find((p: { name: string }) => p.name === DEMO_PROGRAM_NAME);
  if (existing) {
    log(`Demo program already loaded: ${existing.id}`);
    return { programId: existing.id, loaded: false };
  }
  log('Loading the Skola först demo: organizations and contact persons…');
  const orgs: { id: string; personId: string; token: string }[] = [];
  for (const o of SEED_ORGANIZATIONS) {
    const org = await api.ok('POST', '/organizations', { name: o.name, type: o.type });
    const person = await api.ok('POST', '/persons', { displayName: o.contact.name, email: o.contact.email, role: 'contact_person', organizationId: org.id });
    const { token } = await api.ok('POST', `/persons/${person.id}/tokens`, { name: 'demo' });
    orgs.push({ id: org.id, personId: person.id, token });
  }
  const arena = await api.ok('POST', '/organizations', { name: 'Hållbarhetsarenan', type: 'network' });
  const chair = await api.ok('POST', '/persons', { displayName: 'Lena Sjöberg', email: 'lena.sjoberg@example.se', role: 'contact_person', organizationId: arena.id, permissions: ['gate.decide'] });
  const chairToken = (await api.ok('POST', `/persons/${chair.id}/tokens`, { name: 'demo' })).token;

  log('Creating the program and running phase I (450 needs)…');
  const program = await api.ok('POST', '/programs', { templateKey: 'skola-forst', name: DEMO_PROGRAM_NAME });
  const governance = await api.ok('GET', `/programs/${program.id}/governance`);
  const categories = governance.needCategories.map((c: { key: string }) => c.key);
  const questions = governance.questions.map((q: { key: string }) => q.key);
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
  await api.ok('POST', `/programs/${program.id}/gate`, { decision: 'approve', comment: 'Delrapporten godkänd av Hållbarhetsarenan.' }, { token: chairToken });
  await api.until('phase II', async () => ((await api.position(program.id)).phaseKey === 'implementation' ? true : undefined));

  log('Proposing phase II activities…');
  const activities: { id: string; responsibleId: string }[] = [];
  for (const a of SEED_ACTIVITIES) {
    const owners = a.owners.map((i) => orgs[i]);
    activities.push(
      await api.ok('POST', `/programs/${program.id}/activities`, {
        title: a.title,
        focusAreaKeys: a.focusAreaKeys,
        levelKeys: a.levelKeys,
        ownerOrganizationIds: owners.map((o) => o.id),
        responsibleId: owners[0].personId,
        methodKey: a.methodKey,
        effectGoalNumbers: a.effectGoalNumbers,
        plannedStart: '2019-09-01',
        plannedEnd: '2020-06-15',
      }),
    );
  }
  // Two activities get going: their planning is done; the first is also carried out and evaluated.
  for (const activity of activities.slice(0, 2)) {
    const responsible = orgs.find((o) => o.personId === activity.responsibleId)!;
    const planning = await api.until('the planning task', async () => (await api.ok('GET', `/activities/${activity.id}`)).live?.taskId ?? undefined);
    await api.ok('POST', `/tasks/${planning}/complete`, { answer: { plan: 'Planeringen klar.' } }, { token: responsible.token });
    await api.until('execution', async () => ((await api.ok('GET', `/activities/${activity.id}`)).live?.status === 'execution' ? true : undefined));
  }
  await api.ok('POST', `/activities/${activities[0].id}/execution/complete`);
  await api.until('evaluation', async () => ((await api.ok('GET', `/activities/${activities[0].id}`)).live?.taskId ? true : undefined));
  await api.ok('POST', `/activities/${activities[0].id}/evaluate`, { decision: 'continue', rationale: 'Fler vuxna ute på rasterna gav färre incidenter; fortsätter nästa termin.' });
  log(`Demo loaded: program ${program.id} (GET /programs/${program.id}/report?format=html, /programs/${program.id}/matrix)`);
  return { programId: program.id, loaded: true };
}
