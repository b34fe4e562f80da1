import type { Schemas } from '@gov/api-client';
import type { JourneyState } from '@gov/temporal/contracts';
import { personBody, type GovernanceApi } from './governance-api.js';

export const FAST_TRACK_DEMO_PROGRAM_NAME = 'Fast Track Stockholm (demo)';

const FIRST_NAMES = ['Amina', 'Johan', 'Sara', 'Mehmet', 'Elin', 'Karim', 'Maria', 'Oskar', 'Fatima', 'Erik', 'Lina', 'Ali', 'Emma', 'David', 'Noor', 'Anders', 'Hanna', 'Yusuf', 'Sofia', 'Peter', 'Leila', 'Jonas', 'Ida', 'Omar', 'Klara'];
const LAST_NAMES = ['Andersson', 'Hassan', 'Lindqvist', 'Yilmaz', 'Berg', 'Nilsson', 'Ahmadi', 'Svensson', 'Karlsson', 'Eriksson'];
const LEVELS = ['basic', 'good', 'very-good'] as const;
const PACES = ['slower', 'planned', 'faster'] as const;

/** What the journey commands answer: the journey workflow's state (the server's own type). */
type Journey = JourneyState;

/** What a cohort of the demo is shaped like. */
interface DemoCohort {
  name: string;
  attendees: number;
  registered: number;
  admitted: number;
  /** Weeks of progress reported so far. */
  weeks: number;
  /** Items per week relative to each participant's own plan (the reference cohort went slower). */
  tempo: number;
  /** Run project work and complete the program (the finished reference cohort). */
  finish: boolean;
}

/**
 * Loads a Fast Track cohort shaped like the seed through the API — about 50 at the info meeting on
 * 20 September, half of them registering interest, interviews whose outcomes fill the 12 places and
 * the waiting, active and passive interest lists, six weeks of progress at different paces with
 * material opened module by module and knowledge levels assessed again every third week, two
 * IT-conference visits and a focus group — and one earlier, finished reference cohort that went at
 * a slower pace, so the analytics show the current cohort weeks ahead of it. Does nothing when the
 * demo program exists.
 */
export async function loadFastTrackDemo(api: GovernanceApi, log: (message: string) => void = () => undefined): Promise<{ programId: string; cohortId: string; referenceCohortId: string; loaded: boolean }> {
  const existing = (await api.ok(api.GET('/programs', { params: { query: { limit: 100 } } }))).items.find((p) => p.name === FAST_TRACK_DEMO_PROGRAM_NAME);
  if (existing) {
    const cohorts = await api.ok(api.GET('/programs/{id}/cohorts', { params: { path: { id: existing.id } } }));
    log(`Fast Track demo already loaded: ${existing.id}`);
    return { programId: existing.id, cohortId: cohorts.at(-1)!.id, referenceCohortId: cohorts[0].id, loaded: false };
  }
  log('Loading the Fast Track demo: a reference cohort (spring 2019), then the seed cohort (autumn 2019)…');
  const program = await api.ok(api.POST('/programs', { body: { templateKey: 'fast-track', name: FAST_TRACK_DEMO_PROGRAM_NAME } }));
  const coach = await api.ok(api.POST('/persons', { body: personBody({ displayName: 'Maja Lund (studiecoach)', email: 'maja.lund@example.se', role: 'project_office' }) }));
  const reference = await loadCohort(api, program.id, coach.id, 'ref', { name: 'Fast Track våren 2019 (referens)', attendees: 30, registered: 16, admitted: 12, weeks: 14, tempo: 0.8, finish: true });
  const cohort = await loadCohort(api, program.id, coach.id, 'ht19', { name: 'Fast Track hösten 2019', attendees: 50, registered: 25, admitted: 12, weeks: 6, tempo: 1.15, finish: false });

  for (const [title, heldOn, share] of [
    ['IT-konferens: Molndagen Stockholm', '2019-10-10', 0.75],
    ['IT-konferens: Data & AI Summit', '2019-10-24', 0.6],
  ] as const) {
    const visit = await api.ok(api.POST('/cohorts/{id}/events', { params: { path: { id: cohort.id } }, body: { kind: 'conference-visit', title, heldOn } }));
    await api.ok(
      api.POST('/cohorts/{id}/events/{eventId}/attendance', { params: { path: { id: cohort.id, eventId: visit.id } }, body: { personIds: cohort.participants.slice(0, Math.round(cohort.participants.length * share)) } }),
    );
  }
  await api.ok(
    api.POST('/cohorts/{id}/evaluations', {
      params: { path: { id: cohort.id } },
      body: {
        heldOn: '2019-11-05',
        group: 'Fokusgrupp (Stockholms stad)',
        findings: 'Deltagarna beskriver en trygg grupp och en studieplan som passar deras takt; flera söker själva upp information om arbetsroller inom IT.',
      },
    }),
  );
  log(`Fast Track demo loaded: GET /cohorts/${cohort.id}/report?format=markdown&referenceCohortId=${reference.id}`);
  return { programId: program.id, cohortId: cohort.id, referenceCohortId: reference.id, loaded: true };
}

async function loadCohort(api: GovernanceApi, programId: string, interviewerId: string, tag: string, shape: DemoCohort): Promise<{ id: string; participants: string[] }> {
  const { id }: { id: string } = await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name: shape.name, infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString() } }));
  const cohort = { path: { id } };
  const people: string[] = [];
  for (let i = 0; i < shape.attendees; i++) {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7 + tag.length) % LAST_NAMES.length]}`;
    people.push((await api.ok(api.POST('/persons', { body: personBody({ displayName: name, email: `${tag}.deltagare${i + 1}@example.se`, role: 'participant' }) }))).id);
  }
  await api.ok(api.POST('/cohorts/{id}/attendees', { params: cohort, body: { personIds: people } }));
  const candidates = people.slice(0, shape.registered);
  for (const [i, personId] of candidates.entries()) {
    await api.ok(api.POST('/cohorts/{id}/registrations', { params: cohort, body: { personId } }));
    await api.ok(api.POST('/cohorts/{id}/interviews', { params: cohort, body: { personId, interviewerId, startsAt: new Date(Date.now() + (i + 1) * 3_600_000).toISOString() } }));
  }
  // Interview outcomes: the places first, then the waiting list, the active and the passive interest list.
  const rest = candidates.length - shape.admitted;
  const waiting = Math.ceil(rest * 0.4);
  const active = Math.ceil((rest - waiting) / 2);
  for (const [i, personId] of candidates.entries()) {
    const outcome: Schemas['InterviewOutcomeDto']['outcome'] = i < shape.admitted ? 'admit' : i < shape.admitted + waiting ? 'waiting' : i < shape.admitted + waiting + active ? 'active-interest' : 'passive-interest';
    await api.ok(api.POST('/cohorts/{id}/interviews/{personId}/outcome', { params: { path: { id, personId } }, body: { outcome } }));
  }
  const participants = candidates.slice(0, shape.admitted);
  const journeys = new Map<string, Journey>();
  for (const [i, personId] of participants.entries()) {
    const participant = { path: { id, personId } };
    await api.until('the journey to start', async () => ((await api.call(api.GET('/cohorts/{id}/participants/{personId}', { params: participant }))).status === 200 ? true : undefined));
    journeys.set(personId, await api.ok(api.POST('/cohorts/{id}/participants/{personId}/assessment', { params: participant, body: { level: LEVELS[i % 3], universityStudies: i % 4 === 0, paceKey: PACES[(i + 1) % 3], ambition: 1 } })));
  }
  for (let week = 1; week <= shape.weeks; week++) {
    for (const [i, personId] of participants.entries()) {
      const participant = { path: { id, personId } };
      const j = journeys.get(personId)!;
      const planned = j.plan.find((p) => p.week === week)?.items.length ?? 0;
      // Individual variation around the cohort's tempo: some ahead of their plan, a few behind.
      const completed = Math.min(j.totalItems - j.completedItems, Math.round(planned * shape.tempo * (0.85 + (i % 4) * 0.1)));
      if (week <= 10 || completed > 0) journeys.set(personId, await api.ok(api.POST('/cohorts/{id}/participants/{personId}/progress', { params: participant, body: { week, completed } })));
      // Follow-up assessments every third week: the knowledge level rises with the work done.
      if (week % 3 === 0) {
        const start = LEVELS.indexOf(journeys.get(personId)!.assessment!.level as (typeof LEVELS)[number]);
        const level = LEVELS[Math.min(LEVELS.length - 1, start + Math.floor((week * shape.tempo * (0.85 + (i % 4) * 0.1)) / 5))];
        journeys.set(personId, await api.ok(api.POST('/cohorts/{id}/participants/{personId}/level-assessments', { params: participant, body: { week, level } })));
      }
      const now = journeys.get(personId)!;
      if (now.advancedTrack === 'proposed') journeys.set(personId, await api.ok(api.POST('/cohorts/{id}/participants/{personId}/advanced-track', { params: participant, body: { accept: i % 2 === 0 } })));
    }
  }
  if (shape.finish) {
    for (const personId of participants) {
      const participant = { path: { id, personId } };
      await api.ok(api.POST('/cohorts/{id}/participants/{personId}/project/start', { params: participant, body: { week: 11 } }));
      await api.ok(api.POST('/cohorts/{id}/participants/{personId}/project/submit', { params: participant, body: { week: 14 } }));
      await api.ok(api.POST('/cohorts/{id}/participants/{personId}/leave', { params: participant, body: { outcome: 'completed' } }));
    }
  }
  return { id, participants };
}
