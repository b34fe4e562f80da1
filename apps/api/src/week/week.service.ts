import { Inject, Injectable } from '@nestjs/common';
import { Brackets, DataSource, In } from 'typeorm';
import { localDateOf, weekWindow } from '@gov/domain';
import { AbsenceRepository, CohortEntity, CohortEventEntity, CohortMemberEntity, ProgramActivityEntity, TaskEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { ValidationProblem } from '../common/problem-details.filter.js';
import { CalendarFeedService } from '../tasks/calendar-feed.js';
import type { WeekItemView, WeekQuery, WeekView } from './week.dto.js';

/** At most this many entries in one view (two weeks of a busy person hold far fewer). */
const MAX_ITEMS = 500;
/** The years a view may start in: beyond them a date is a typo, not a plan. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;
/** Activities whose planned dates still lie ahead of their responsible person. */
const RUNNING_ACTIVITY = ['planning', 'execution'];

/** A moment as the view answers it (a meeting may have been stored with its own offset). */
const iso = (moment: string) => new Date(moment).toISOString();

const item = (fields: Partial<WeekItemView> & Pick<WeekItemView, 'kind' | 'source' | 'title' | 'day'>): WeekItemView => ({
  at: null,
  endsAt: null,
  location: null,
  overdue: false,
  status: null,
  taskId: null,
  purpose: null,
  substituteFor: null,
  programId: null,
  cohortId: null,
  activityId: null,
  ...fields,
});

/**
 * "This week" for the signed-in person: their meetings, deadlines and cohort events of this week and
 * the next (Swedish weeks, Monday to Sunday, Europe/Stockholm), read from PostgreSQL's projections —
 * their own tasks (and, while they substitute for someone away, that person's), the interviews booked
 * with them as a candidate, their cohorts' info meetings and events, the planned dates of the
 * activities they are responsible for. Nobody else's week can be asked for.
 */
@Injectable()
export class WeekService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(AbsenceRepository) private readonly absences: AbsenceRepository,
    @Inject(CalendarFeedService) private readonly feeds: CalendarFeedService,
  ) {}

  async week(principal: Principal, query: WeekQuery): Promise<WeekView> {
    const year = query.from ? Number(query.from.slice(0, 4)) : FIRST_YEAR;
    if (year < FIRST_YEAR || year > LAST_YEAR) throw new ValidationProblem([{ field: 'from', message: `a day in the years ${FIRST_YEAR}–${LAST_YEAR}` }]);
    const now = Date.now();
    const window = weekWindow(query.from, now);
    const start = new Date(window.startsAt);
    const end = new Date(window.endsAt);
    const personId = principal.personId;
    const actingFor = principal.role === 'contact_person' ? await this.absences.actingFor(personId) : [];

    const items: WeekItemView[] = [];
    const overdue: WeekItemView[] = [];
    const m = this.db.manager;
    // My tasks in the window: open ones due in it and the meetings in it I am invited to, answered or
    // not; apart from them (each bounded on its own, so old overdue work never crowds out the week),
    // the open ones already overdue from before the window.
    const meetingStart = `(t.meeting->>'startsAt')::timestamptz`;
    const assignees = [personId, ...actingFor];
    const inWindow = await m
      .createQueryBuilder(TaskEntity, 't')
      .where('t.assignee_id IN (:...assignees)', { assignees })
      .andWhere(
        new Brackets((b) =>
          b
            .where(`t.status = 'open' AND t.due_at >= :start AND t.due_at < :end`, { start, end })
            .orWhere(`t.meeting IS NOT NULL AND t.status <> 'cancelled' AND ${meetingStart} >= :start AND ${meetingStart} < :end`, { start, end }),
        ),
      )
      .orderBy('t.due_at', 'ASC')
      .take(MAX_ITEMS + 1)
      .getMany();
    const seen = new Set(inWindow.map((t) => t.id));
    const late = (
      await m
        .createQueryBuilder(TaskEntity, 't')
        .where('t.assignee_id IN (:...assignees)', { assignees })
        .andWhere(`t.status = 'open' AND t.due_at < :before`, { before: new Date(Math.min(start.getTime(), now)) })
        .orderBy('t.due_at', 'ASC')
        .take(MAX_ITEMS + 1)
        .getMany()
    ).filter((t) => !seen.has(t.id));
    let cut = inWindow.length > MAX_ITEMS || late.length > MAX_ITEMS;
    for (const t of [...inWindow, ...late]) {
      const common = {
        title: t.title,
        status: t.status === 'done' ? ('done' as const) : ('open' as const),
        overdue: t.status === 'open' && t.dueAt.getTime() < now,
        taskId: t.id,
        purpose: t.purpose,
        substituteFor: t.assigneeId === personId ? null : t.assigneeId,
        programId: t.programId,
        activityId: t.activityId,
      };
      const meetingAt = t.meeting ? Date.parse(t.meeting.startsAt) : NaN;
      if (meetingAt >= window.startsAt && meetingAt < window.endsAt) {
        items.push(item({ ...common, kind: 'meeting', source: 'task', day: localDateOf(meetingAt), at: iso(t.meeting!.startsAt), endsAt: iso(t.meeting!.endsAt), location: t.meeting!.location ?? null }));
      } else if (t.status === 'open') {
        const entry = item({ ...common, kind: 'deadline', source: 'task', day: localDateOf(t.dueAt.getTime()), at: t.dueAt.toISOString() });
        if (t.dueAt >= start) items.push(entry);
        else overdue.push(entry);
      }
    }

    // Interviews booked with me as the candidate: the interviewer's task is theirs, the meeting is mine too.
    const interviews = await m
      .createQueryBuilder(TaskEntity, 't')
      .innerJoin(CohortEntity, 'c', `c.id::text = split_part(t.subject_key, '/', 1)`)
      .select(['t.id AS id', 't.meeting AS meeting', 'c.id AS "cohortId"', 'c.name AS cohort', 'c.program_id AS "programId"'])
      .where(`t.purpose = 'interview' AND split_part(t.subject_key, '/', 2) = :personId AND t.status <> 'cancelled'`, { personId })
      .andWhere(`t.meeting IS NOT NULL AND ${meetingStart} >= :start AND ${meetingStart} < :end`, { start, end })
      .limit(MAX_ITEMS)
      .getRawMany<{ id: string; meeting: NonNullable<TaskEntity['meeting']>; cohortId: string; cohort: string; programId: string }>();
    for (const x of interviews) {
      items.push(item({ kind: 'meeting', source: 'interview', title: x.cohort, day: localDateOf(Date.parse(x.meeting.startsAt)), at: iso(x.meeting.startsAt), endsAt: iso(x.meeting.endsAt), location: x.meeting.location ?? null, cohortId: x.cohortId, programId: x.programId }));
    }

    // My cohorts: their info meetings in the window, and, once admitted, their events.
    const memberships = await m.find(CohortMemberEntity, { where: { personId }, take: MAX_ITEMS });
    if (memberships.length) {
      const cohorts = await m.find(CohortEntity, { where: { id: In(memberships.map((x) => x.cohortId)) } });
      for (const c of cohorts) {
        if (c.infoMeetingAt >= start && c.infoMeetingAt < end) {
          items.push(item({ kind: 'meeting', source: 'info-meeting', title: c.name, day: localDateOf(c.infoMeetingAt.getTime()), at: c.infoMeetingAt.toISOString(), cohortId: c.id, programId: c.programId }));
        }
      }
      const admitted = memberships.filter((x) => x.status === 'admitted').map((x) => x.cohortId);
      const events = admitted.length
        ? await m
            .createQueryBuilder(CohortEventEntity, 'e')
            .where('e.cohort_id IN (:...admitted) AND e.held_on >= :from AND e.held_on <= :to', { admitted, from: window.from, to: window.to })
            .orderBy('e.held_on', 'ASC')
            .take(MAX_ITEMS)
            .getMany()
        : [];
      for (const e of events) {
        const cohort = cohorts.find((c) => c.id === e.cohortId);
        items.push(item({ kind: 'event', source: 'cohort-event', title: e.title, day: e.heldOn, cohortId: e.cohortId, programId: cohort?.programId ?? null }));
      }
    }

    // The activities I am responsible for: their planned start and end while they still run.
    const activities = await m
      .createQueryBuilder(ProgramActivityEntity, 'a')
      .where('a.responsible_id = :personId AND a.status IN (:...running)', { personId, running: RUNNING_ACTIVITY })
      .andWhere(new Brackets((b) => b.where('a.planned_start BETWEEN :from AND :to').orWhere('a.planned_end BETWEEN :from AND :to')), { from: window.from, to: window.to })
      .take(MAX_ITEMS)
      .getMany();
    for (const a of activities) {
      const common = { kind: 'deadline' as const, title: a.title, programId: a.programId, activityId: a.id };
      if (a.status === 'planning' && a.plannedStart >= window.from && a.plannedStart <= window.to) items.push(item({ ...common, source: 'activity-start', day: a.plannedStart }));
      if (a.plannedEnd >= window.from && a.plannedEnd <= window.to) items.push(item({ ...common, source: 'activity-end', day: a.plannedEnd }));
    }

    // By day, then by time (a whole day's entries first), then by title.
    items.sort((a, b) => a.day.localeCompare(b.day) || (a.at ?? '').localeCompare(b.at ?? '') || a.title.localeCompare(b.title));
    if (items.length + overdue.length > MAX_ITEMS) cut = true;
    const truncated = cut;
    return {
      from: window.from,
      to: window.to,
      weeks: window.weeks,
      today: localDateOf(now),
      items: items.slice(0, MAX_ITEMS),
      overdue: overdue.slice(0, Math.max(0, MAX_ITEMS - items.length)),
      truncated,
      calendarFeed: await this.feeds.status(personId),
    };
  }
}
