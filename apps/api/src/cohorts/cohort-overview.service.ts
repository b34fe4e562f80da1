import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { cohortKnowledgeLevels, cohortLists } from '@gov/domain';
import { CohortMemberEntity, PersonEntity, TaskEntity } from '@gov/persistence';
import { CohortWorkflows } from '@gov/temporal';
import { findCohort } from './cohort-lookups.js';

/** The audit events that make up a cohort's promotion history. */
const HISTORY_TYPES = [
  'cohort.listed',
  'cohort.participant_admitted',
  'cohort.place_offered',
  'cohort.offer_accepted',
  'cohort.offer_declined',
  'cohort.offer_expired',
  'cohort.participant_withdrawn',
  'cohort.participant_dropped_out',
];

/** The cohort as the pages read it: its places, lists, candidates, offers and interviews, and its promotion history. */
@Injectable()
export class CohortOverviewService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(CohortWorkflows) private readonly workflows: CohortWorkflows,
  ) {}

  /** The cohort: capacity, the admitted, its template's lists in offer order, open and past offers. */
  async get(cohortId: string) {
    const cohort = await findCohort(this.db.manager, cohortId);
    const lists = cohortLists(cohort.settings);
    const state = await this.workflows.state(cohortId);
    const members = await this.db.manager.find(CohortMemberEntity, { where: { cohortId } });
    const people = await this.db.manager.find(PersonEntity, { select: { id: true, displayName: true }, where: { id: In(members.map((x) => x.personId)) } });
    // One lookup table: a large cohort names thousands of members.
    const names = new Map(people.map((p) => [p.id, p.displayName]));
    const name = (id: string) => names.get(id) ?? null;
    const interviews = await this.db.manager
      .createQueryBuilder(TaskEntity, 't')
      .where(`t.purpose = 'interview' AND t.subject_key LIKE :prefix`, { prefix: `${cohortId}/%` })
      .orderBy('t.created_at', 'ASC')
      .getMany();
    return {
      id: cohort.id,
      programId: cohort.programId,
      name: cohort.name,
      infoMeetingAt: cohort.infoMeetingAt.toISOString(),
      interestClosesAt: cohort.interestClosesAt.toISOString(),
      capacity: state.capacity,
      counts: {
        attendees: members.filter((x) => x.attendedInfoMeeting).length,
        registered: members.filter((x) => x.registeredAt).length,
        admitted: state.admitted.length,
      },
      admitted: state.admitted.map((personId) => ({ personId, name: name(personId) })),
      lists: Object.fromEntries(
        lists.map(({ key }) => [
          key,
          state.lists
            .filter((e) => e.list === key)
            .sort((a, b) => a.position - b.position)
            .map((e) => ({ personId: e.personId, name: name(e.personId), position: e.position })),
        ]),
      ),
      // Not yet placed: at the info meeting, registered (to interview, admit or list), or found not suitable.
      candidates: members
        .filter((x) => x.status === 'attendee' || x.status === 'registered' || x.status === 'not-suitable')
        .map((x) => ({ personId: x.personId, name: name(x.personId), status: x.status, attendedInfoMeeting: x.attendedInfoMeeting, registeredAt: x.registeredAt?.toISOString() ?? null }))
        .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'sv')),
      offers: state.offers,
      withdrawn: state.withdrawn,
      // What the pages show beside the lists: the modules (to name the plan's items) and the weeks.
      listOrder: lists.map((l) => l.key),
      listDefinitions: lists.map((l) => ({ key: l.key, name: l.name, ...(l.description ? { description: l.description } : {}) })),
      knowledgeLevels: cohortKnowledgeLevels(cohort.settings).map((l) => ({ key: l.key, name: l.name, ...(l.description ? { description: l.description } : {}) })),
      studyWeeks: cohort.settings.studyWeeks,
      projectWeeks: cohort.settings.projectWeeks,
      modules: (cohort.settings.modules ?? []).map((x) => ({ key: x.key, name: x.name, items: x.items })),
      paceProfiles: (cohort.settings.paceProfiles ?? []).map((x) => ({ key: x.key, name: x.name })),
      interviews: interviews.map((t) => ({
        taskId: t.id,
        personId: t.subjectKey!.split('/')[1],
        interviewerId: t.assigneeId,
        startsAt: t.meeting?.startsAt ?? null,
        status: t.status,
        outcome: (t.answer?.outcome as string | undefined) ?? null,
      })),
    };
  }

  /**
   * The promotion history, oldest first, from the audit trail: who was put on which list,
   * admitted, offered a freed place (from which list, until when), who answered, whose offer
   * expired, who withdrew or dropped out, with names from the person register (never from the trail).
   */
  async history(cohortId: string) {
    await findCohort(this.db.manager, cohortId);
    const rows: { type: string; occurredAt: Date; actorId: string | null; data: Record<string, unknown> }[] = await this.db.query(
      `SELECT type, occurred_at AS "occurredAt", actor_id AS "actorId", data FROM audit_events
        WHERE cohort_id = $1 AND type = ANY($2) ORDER BY seq`,
      [cohortId, HISTORY_TYPES],
    );
    const ids = new Set<string>();
    for (const r of rows) {
      if (typeof r.data.personId === 'string') ids.add(r.data.personId);
      if (r.actorId) ids.add(r.actorId);
    }
    const people = ids.size ? await this.db.manager.find(PersonEntity, { select: { id: true, displayName: true }, where: { id: In([...ids]) } }) : [];
    const names = new Map(people.map((p) => [p.id, p.displayName]));
    const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    // The list each person stood on last: where an admission or accepted offer moved them from.
    const lastList = new Map<string, string>();
    return rows.map((r) => {
      const personId = String(r.data.personId ?? '');
      const list = typeof r.data.list === 'string' ? r.data.list : null;
      const from = r.type === 'cohort.listed' ? (lastList.get(personId) ?? null) : r.type === 'cohort.place_offered' ? list : (lastList.get(personId) ?? null);
      if (r.type === 'cohort.listed' && list) lastList.set(personId, list);
      if (r.type === 'cohort.participant_admitted' || r.type === 'cohort.offer_accepted') lastList.set(personId, 'admitted');
      if (r.type === 'cohort.participant_withdrawn' || r.type === 'cohort.participant_dropped_out') lastList.set(personId, 'withdrawn');
      return {
        at: new Date(r.occurredAt).toISOString(),
        type: r.type.slice('cohort.'.length),
        personId,
        name: name(personId),
        from,
        to: r.type === 'cohort.listed' ? list : null,
        deadline: typeof r.data.deadline === 'string' ? r.data.deadline : null,
        actorId: r.actorId,
        actorName: name(r.actorId),
      };
    });
  }
}
