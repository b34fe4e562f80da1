import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  cohortKnowledgeLevels,
  completedPerWeek,
  cumulative,
  itemsDonePerModule,
  levelDevelopment,
  moduleOrder,
  moduleShares,
  participation,
  weeksAheadOfReference,
  type Participation,
  type ParticipationEvent,
  type CohortReport,
  type KnowledgeLevel,
} from '@gov/domain';
import { CohortEntity, CohortEvaluationEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import type { EvaluationDto } from './cohort.dto.js';
import { CohortEventsService } from './cohort-events.service.js';
import { findCohort } from './cohort-lookups.js';
import { CohortOverviewService } from './cohort-overview.service.js';

/** A cohort's journey events as the analytics and the report use them. */
interface JourneyEvents {
  /** Who was admitted, withdrew before the start, started, dropped out: the participants who started are every share's denominator. */
  participation: Participation;
  progress: { participantId: string; week: number; completed: number }[];
  assessments: { participantId: string; week: number; level: KnowledgeLevel }[];
  advanced: Set<string>;
  outcomes: CohortReport['outcomes'];
}

/** What a cohort's data shows: the analytics from its journey events, the focus-group evaluations, the final report. */
@Injectable()
export class CohortAnalyticsService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(CohortOverviewService) private readonly overview: CohortOverviewService,
    @Inject(CohortEventsService) private readonly cohortEvents: CohortEventsService,
  ) {}

  /**
   * Cohort analytics, computed from the audit trail's journey events (an event-sourced read model):
   * completed items per week, the share who started and finished each module, knowledge levels
   * over time, the share on the advanced track, and weeks ahead of or behind a reference cohort.
   */
  async analytics(cohortId: string, referenceCohortId?: string) {
    const cohort = await findCohort(this.db.manager, cohortId);
    return this.analyticsOf(cohort, await this.journeyEvents(cohortId), referenceCohortId);
  }

  private async analyticsOf(cohort: CohortEntity, own: JourneyEvents, referenceCohortId?: string) {
    const cohortId = cohort.id;
    const weeks = cohort.settings.studyWeeks + cohort.settings.projectWeeks;
    const perWeek = completedPerWeek(own.progress, weeks);
    const started = (ids: Set<string>) => [...ids].filter((id) => participants.has(id));
    // Those who withdrew before the start never took part: the shares are of the participants who started.
    const participants = new Set(own.participation.started);
    const perParticipant = (values: number[], n: number) => cumulative(values).map((v) => (n ? Math.round((v / n) * 100) / 100 : 0));
    // Items are done in plan order (modules by prerequisite), so completed counts map onto modules.
    const order = moduleOrder(cohort.settings.modules.map((m) => ({ key: m.key, items: m.items, requires: m.requires })));
    const doneByParticipant = new Map<string, Map<string, number>>();
    for (const id of participants) {
      doneByParticipant.set(id, itemsDonePerModule(order, own.progress.filter((p) => p.participantId === id).reduce((n, p) => n + p.completed, 0)));
    }
    const result: Record<string, unknown> = {
      cohortId,
      participants: participants.size,
      weeks,
      completedPerWeek: perWeek,
      completedPerParticipantCumulative: perParticipant(perWeek, participants.size),
      modules: moduleShares(order.map((m) => ({ key: m.key, items: m.items.length })), doneByParticipant),
      knowledgeLevels: levelDevelopment(own.assessments, cohortKnowledgeLevels(cohort.settings).map((l) => l.key)),
      advancedTrackParticipants: started(own.advanced).length,
      advancedTrackShare: participants.size ? started(own.advanced).length / participants.size : 0,
    };
    if (referenceCohortId) {
      const reference = await findCohort(this.db.manager, referenceCohortId);
      const ref = await this.journeyEvents(referenceCohortId);
      const refWeeks = reference.settings.studyWeeks + reference.settings.projectWeeks;
      const refCurve = perParticipant(completedPerWeek(ref.progress, refWeeks), ref.participation.started.length);
      const reported = Math.max(0, ...own.progress.map((p) => p.week));
      result.reference = {
        cohortId: referenceCohortId,
        name: reference.name,
        completedPerParticipantCumulative: refCurve,
        weeksAheadOfReference: weeksAheadOfReference((result.completedPerParticipantCumulative as number[]).slice(0, reported), refCurve),
      };
    }
    return result;
  }

  /** A focus-group evaluation: date, group, findings. */
  async evaluate(principal: Principal, cohortId: string, dto: EvaluationDto) {
    await findCohort(this.db.manager, cohortId);
    const row = { id: randomUUID(), cohortId, heldOn: dto.heldOn, groupName: dto.group, findings: dto.findings, recordedBy: principal.personId };
    await this.db.manager.insert(CohortEvaluationEntity, row);
    return { id: row.id, heldOn: row.heldOn, group: row.groupName, findings: row.findings };
  }

  /** The final cohort report, from the data: admission, the analytics as tables, the focus groups. */
  async report(cohortId: string, referenceCohortId?: string): Promise<CohortReport> {
    // The journey events are read once, for the analytics and the outcomes both.
    const [cohort, own] = await Promise.all([findCohort(this.db.manager, cohortId), this.journeyEvents(cohortId)]);
    const [overview, analytics, events, evaluations] = await Promise.all([
      this.overview.get(cohortId),
      this.analyticsOf(cohort, own, referenceCohortId),
      this.cohortEvents.events(cohortId),
      this.db.manager.find(CohortEvaluationEntity, { where: { cohortId }, order: { heldOn: 'ASC', createdAt: 'ASC' } }),
    ]);
    const reference = analytics.reference as { name: string; weeksAheadOfReference: number[] } | undefined;
    return {
      cohort: { id: cohort.id, name: cohort.name, infoMeetingAt: cohort.infoMeetingAt.toISOString() },
      generatedAt: new Date().toISOString(),
      admission: {
        attendees: overview.counts.attendees,
        registered: overview.counts.registered,
        interviewed: overview.interviews.filter((i) => i.status === 'done').length,
        capacity: overview.capacity,
        // Everyone given a place; those who withdrew before the start; the participants who started (admitted − withdrawn).
        admitted: own.participation.admitted.length,
        withdrawn: own.participation.withdrawnBeforeStart.length,
        started: own.participation.started.length,
        // Fast Track's own three counts, where the cohort has those lists (every list's below).
        ...(overview.lists.waiting ? { waiting: overview.lists.waiting.length } : {}),
        ...(overview.lists['active-interest'] ? { activeInterest: overview.lists['active-interest'].length } : {}),
        ...(overview.lists['passive-interest'] ? { passiveInterest: overview.lists['passive-interest'].length } : {}),
      },
      lists: overview.listDefinitions.map((l) => ({ key: l.key, name: l.name, count: overview.lists[l.key]?.length ?? 0 })),
      outcomes: own.outcomes,
      events: events.map((e) => ({ heldOn: e.heldOn, kind: e.kind, title: e.title, attendees: e.attendees.length })),
      completedPerWeek: analytics.completedPerWeek as number[],
      modules: (analytics.modules as { module: string; started: number; finished: number }[]).map((m) => ({
        ...m,
        name: cohort.settings.modules.find((x) => x.key === m.module)?.name ?? { sv: m.module, en: m.module },
      })),
      levels: cohortKnowledgeLevels(cohort.settings).map((l) => ({ key: l.key, name: l.name })),
      knowledgeLevels: analytics.knowledgeLevels as CohortReport['knowledgeLevels'],
      advancedTrackParticipants: analytics.advancedTrackParticipants as number,
      advancedTrackShare: analytics.advancedTrackShare as number,
      reference: reference ? { name: reference.name, weeksAheadOfReference: reference.weeksAheadOfReference } : null,
      evaluations: evaluations.map((e) => ({ heldOn: e.heldOn, group: e.groupName, findings: e.findings })),
    };
  }

  /** Progress, assessments, advanced-track decisions and outcomes of a cohort's journeys, from the audit trail. */
  private async journeyEvents(cohortId: string): Promise<JourneyEvents> {
    const rows: { type: string; person: string; data: Record<string, unknown> }[] = await this.db.query(
      `SELECT type, data->>'personId' AS person, data FROM audit_events
        WHERE cohort_id = $1 AND type IN ('journey.progress_reported', 'journey.assessed', 'journey.level_assessed', 'journey.advanced_track_accepted', 'cohort.participant_admitted', 'cohort.offer_accepted',
                                          'cohort.participant_withdrawn', 'journey.project_started', 'journey.project_submitted', 'journey.completed', 'journey.dropped_out')
        ORDER BY seq`,
      [cohortId],
    );
    const count = (type: string) => new Set(rows.filter((r) => r.type === type).map((r) => r.person)).size;
    const kinds: Record<string, ParticipationEvent['type']> = {
      'cohort.participant_admitted': 'admitted',
      'cohort.offer_accepted': 'admitted',
      'cohort.participant_withdrawn': 'withdrawn',
      'journey.assessed': 'started',
      'journey.dropped_out': 'dropped-out',
    };
    const who = participation(rows.filter((r) => kinds[r.type]).map((r) => ({ type: kinds[r.type], personId: r.person })));
    return {
      participation: who,
      progress: rows.filter((r) => r.type === 'journey.progress_reported').map((r) => ({ participantId: r.person, week: Number(r.data.week), completed: Number(r.data.completed) })),
      assessments: rows
        .filter((r) => r.type === 'journey.assessed' || r.type === 'journey.level_assessed')
        .map((r) => ({ participantId: r.person, week: r.type === 'journey.assessed' ? 0 : Number(r.data.week), level: r.data.level as KnowledgeLevel })),
      advanced: new Set(rows.filter((r) => r.type === 'journey.advanced_track_accepted').map((r) => r.person)),
      outcomes: {
        projectStarted: count('journey.project_started'),
        projectSubmitted: count('journey.project_submitted'),
        completed: count('journey.completed'),
        // Dropped out on the journey, or withdrawn once started; a withdrawal before the start is no dropout.
        droppedOut: who.droppedOut.length,
      },
    };
  }
}
