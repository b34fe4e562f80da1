import { GovernanceApi, personBody } from '@gov/devstack';
import { eventually, type JourneyBodies } from './system.js';

/**
 * A Fast Track cohort as the final report's specs need it: 17 at the info meeting and registered,
 * 12 admitted and 5 on the waiting list; three of the admitted withdraw before their journeys start
 * and the first three on the waiting list take their places; the 12 who started are assessed and
 * report week 1 (half of them two items); the first is far ahead by week 2 and on the advanced
 * track; the last drops out, and the two left on the waiting list decline the freed place.
 */
export async function cohortWithWithdrawals(api: GovernanceApi, name: string): Promise<{ programId: string; cohortId: string; people: string[]; started: string[] }> {
  const programId = (await api.ok(api.POST('/programs', { body: { templateKey: 'fast-track', name: `Fast Track ${name}` } }))).id;
  const people: string[] = [];
  for (let i = 0; i < 17; i++) {
    people.push((await api.ok(api.POST('/persons', { body: personBody({ displayName: `Deltagare ${i + 1}`, email: `rapport.${i + 1}.${programId.slice(0, 8)}@example.se`, role: 'participant' }) }))).id);
  }
  const cohortId = (await api.ok(api.POST('/programs/{id}/cohorts', { params: { path: { id: programId } }, body: { name, infoMeetingAt: new Date(Date.now() - 3_600_000).toISOString() } }))).id;
  const path = { id: cohortId };
  const send = <C extends keyof JourneyBodies>(id: string, what: C, body: JourneyBodies[C]) =>
    api.ok(api.POST(`/cohorts/{id}/participants/{personId}/${what}` as '/cohorts/{id}/participants/{personId}/progress', { params: { path: { id: cohortId, personId: id } }, body: body as never }));
  await api.ok(api.POST('/cohorts/{id}/attendees', { params: { path }, body: { personIds: people } }));
  for (const id of people) await api.ok(api.POST('/cohorts/{id}/registrations', { params: { path }, body: { personId: id } }));
  for (const id of people.slice(0, 12)) await api.ok(api.POST('/cohorts/{id}/admissions', { params: { path }, body: { personId: id } }));
  for (const id of people.slice(12)) await api.ok(api.POST('/cohorts/{id}/lists', { params: { path }, body: { personId: id, list: 'waiting' } }));
  for (const id of people.slice(0, 3)) await api.ok(api.POST('/cohorts/{id}/withdrawals', { params: { path }, body: { personId: id } }));
  for (const id of people.slice(12, 15)) await api.ok(api.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: id } }, body: { accept: true } }));
  const started = (await api.ok(api.GET('/cohorts/{id}', { params: { path } }))).admitted.map((a: { personId: string }) => a.personId);

  const [star, dropout] = [started[0], started[11]];
  for (const id of started) {
    await eventually(async () => ((await api.call(api.GET('/cohorts/{id}/participants/{personId}', { params: { path: { id: cohortId, personId: id } } }))).status === 200 ? true : undefined), 30_000, 'the journey to start');
    const fast = id === star;
    await send(id, 'assessment', { level: fast ? 'very-good' : 'good', universityStudies: fast, paceKey: fast ? 'faster' : 'planned', ambition: fast ? 1.2 : 1 });
  }
  for (const [i, id] of started.entries()) await send(id, 'progress', { week: 1, completed: i % 2 === 0 ? 2 : 0 });
  const ahead = await send(star, 'progress', { week: 2, completed: 13 });
  if (ahead.advancedTrack !== 'proposed') throw new Error(`the first participant should be proposed for the advanced track, not ${ahead.advancedTrack}`);
  await send(star, 'advanced-track', { accept: true });
  await send(dropout, 'leave', { outcome: 'dropped' });
  await eventually(async () => {
    const c = await api.ok(api.GET('/cohorts/{id}', { params: { path } }));
    return c.offers.some((o: { personId: string; status: string }) => o.personId === people[15] && o.status === 'open') ? true : undefined;
  }, 30_000, 'the freed place to be offered');
  for (const id of people.slice(15)) await api.ok(api.POST('/cohorts/{id}/offers/{personId}/answer', { params: { path: { id: cohortId, personId: id } }, body: { accept: false } }));
  return { programId, cohortId, people, started };
}
