import { Inject, Injectable } from '@nestjs/common';
import { Between, In, LessThan } from 'typeorm';
import { gateOutcomesOf, indicatorOnTrack, latestReading, type ProgramTemplate } from '@gov/domain';
import { AuditEventEntity, EffectGoalIndicatorEntity, IndicatorValueEntity, OrganizationEntity, PersonEntity, ProgramActivityEntity, TaskEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { ProgramContext, type GovernedProgram } from '../phased/program-context.js';
import { stockholmDateTime } from '../documents/format.js';
import { boardPackHtml, boardPackPdf, type BoardPackData } from './board-pack.js';
import type { BoardPackActivityView, BoardPackChangeView, BoardPackView } from './steering.views.js';
import { SteeringMeetingService } from './steering-meeting.service.js';

type Lang = 'sv' | 'en';
type Category = BoardPackChangeView['category'];

/** The audit entries a board pack lists as changes, by what they are about. */
export const BOARD_PACK_CHANGES: Record<string, Category> = {
  'gate.decided': 'decision',
  'activity.proposed': 'activity',
  'activity.execution': 'activity',
  'activity.evaluated': 'activity',
  'activity.ended': 'activity',
  'activity.scaled-up': 'activity',
  'need.recorded': 'needs',
  'needs.imported': 'needs',
  'needs.categorized': 'needs',
  'focus_areas.set': 'focus-areas',
  'activity.evaluation': 'activity',
  'phase.started': 'phase',
  'phase.completed': 'phase',
  'phase.returned': 'phase',
  'phase.sent-back': 'phase',
  'phase.stopped': 'phase',
  'step.completed': 'phase',
  'program.closed': 'phase',
  'steering_group.set': 'steering',
};

const ACTIVITY_STATUS: Record<string, Record<Lang, string>> = {
  planning: { sv: 'Planering', en: 'Planning' },
  execution: { sv: 'Genomförande', en: 'Execution' },
  evaluation: { sv: 'Utvärdering', en: 'Evaluation' },
  ended: { sv: 'Avslutad', en: 'Ended' },
  'scaled-up': { sv: 'Uppskalad', en: 'Scaled up' },
};

const ACTIVITY_EVENT: Record<string, Record<Lang, string>> = {
  'activity.proposed': { sv: 'Aktivitet föreslagen', en: 'Activity proposed' },
  'activity.execution': { sv: 'Aktivitet startad', en: 'Activity started' },
  'activity.evaluation': { sv: 'Aktivitet till utvärdering', en: 'Activity up for evaluation' },
  'activity.evaluated': { sv: 'Aktivitet utvärderad', en: 'Activity evaluated' },
  'activity.ended': { sv: 'Aktivitet avslutad', en: 'Activity ended' },
  'activity.scaled-up': { sv: 'Aktivitet uppskalad', en: 'Activity scaled up' },
};

const PHASE_END: Record<string, Record<Lang, string>> = {
  'phase.completed': { sv: 'Fasen avslutad', en: 'Phase completed' },
  'phase.returned': { sv: 'Fasen återremitterad', en: 'Phase returned' },
  'phase.sent-back': { sv: 'Tillbaka till en tidigare fas', en: 'Sent back to an earlier phase' },
  'phase.stopped': { sv: 'Fasen stoppad', en: 'Phase stopped' },
};

const SOON_MS = 7 * 86_400_000;
const MAX_CHANGES = 1_000;

/**
 * The board pack (styrgruppsunderlag) of a steering meeting, generated from the data and the audit
 * trail, never written by hand: status per phase and activity, the changes since the previous
 * meeting, overdue tasks per organization, the indicators against their targets.
 */
@Injectable()
export class BoardPackService {
  constructor(
    @Inject(ProgramContext) private readonly ctx: ProgramContext,
    @Inject(SteeringMeetingService) private readonly meetings: SteeringMeetingService,
  ) {}

  async pack(principal: Principal, programId: string, meetingId: string, lang: Lang): Promise<BoardPackView> {
    const m = this.ctx.db.manager;
    const program = await this.ctx.read(programId);
    await this.meetings.mayRead(principal, programId);
    const { meeting, previous } = await this.meetings.meeting(m, programId, meetingId);
    const template = await this.ctx.template(program);
    const now = new Date();
    // Changes up to the meeting's start, or up to now for a meeting ahead.
    const until = meeting.startsAt < now ? meeting.startsAt : now;
    // For two meetings ahead the previous one has not started either: an empty window, not a reversed one.
    const since = previous ? (previous.startsAt < until ? previous.startsAt : until) : null;
    const events = await m.find(AuditEventEntity, {
      where: { programId, type: In(Object.keys(BOARD_PACK_CHANGES)), occurredAt: Between(since ?? new Date(0), until) },
      // Bounded: a pack lists at most this many of a window's changes, the latest.
      order: { seq: 'DESC' },
      take: MAX_CHANGES,
    }).then((latest) => latest.reverse());
    const activities = await m.find(ProgramActivityEntity, { where: { programId }, order: { createdAt: 'ASC' } });
    return {
      programId,
      meetingId,
      lang,
      programName: program.name,
      templateName: template.name[lang],
      number: meeting.number,
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt.toISOString(),
      location: meeting.location,
      since: since?.toISOString() ?? null,
      until: until.toISOString(),
      generatedAt: now.toISOString(),
      agenda: await this.meetings.agendaOf(m, program, previous),
      phases: phasesOf(program, template, lang),
      activities: await this.activities(programId, activities, lang, now),
      changes: events
        .filter((e) => !since || e.occurredAt > since)
        .map((e) => ({ eventId: e.id, type: e.type, at: e.occurredAt.toISOString(), category: BOARD_PACK_CHANGES[e.type], text: changeText(e, template, activities, lang) })),
      overdue: await this.overdue(programId, now),
      indicators: await this.indicators(program, activities, lang),
    };
  }

  html(view: BoardPackView): string {
    return boardPackHtml(rendered(view));
  }

  pdf(view: BoardPackView): Promise<Buffer> {
    return boardPackPdf(rendered(view));
  }

  /** On track, at risk or off track, with the reason: an overdue task puts it off track, an evaluation waiting or a task due within a week at risk. */
  private async activities(programId: string, activities: ProgramActivityEntity[], lang: Lang, now: Date): Promise<BoardPackActivityView[]> {
    const open = activities.length ? await this.ctx.db.manager.find(TaskEntity, { where: { programId, status: 'open', activityId: In(activities.map((a) => a.id)) }, order: { dueAt: 'ASC' } }) : [];
    return activities.map((a) => {
      const tasks = open.filter((t) => t.activityId === a.id);
      const late = tasks.find((t) => t.dueAt < now);
      const soon = tasks.find((t) => t.dueAt.getTime() - now.getTime() < SOON_MS);
      const status = ACTIVITY_STATUS[a.status]?.[lang] ?? a.status;
      const base = { id: a.id, title: a.title, status };
      if (late) return { ...base, rag: 'off-track' as const, reason: lang === 'sv' ? `Försenad uppgift: ${late.title} (skulle vara klar ${stockholmDateTime(late.dueAt).date})` : `Overdue task: ${late.title} (due ${stockholmDateTime(late.dueAt).date})` };
      if (a.status === 'evaluation') return { ...base, rag: 'at-risk' as const, reason: lang === 'sv' ? 'Väntar på utvärdering' : 'Waiting for its evaluation' };
      if (soon) return { ...base, rag: 'at-risk' as const, reason: lang === 'sv' ? `Uppgift förfaller snart: ${soon.title} (${stockholmDateTime(soon.dueAt).date})` : `Task due soon: ${soon.title} (${stockholmDateTime(soon.dueAt).date})` };
      return { ...base, rag: 'on-track' as const, reason: lang === 'sv' ? 'Inga försenade uppgifter' : 'No overdue tasks' };
    });
  }

  /** Each effect goal's indicators: the series against the baseline and the target, and whether the latest value is on track. */
  private async indicators(program: GovernedProgram, activities: ProgramActivityEntity[], lang: Lang): Promise<BoardPackView['indicators']> {
    const m = this.ctx.db.manager;
    const indicators = await m.find(EffectGoalIndicatorEntity, { where: { programId: program.id }, order: { goalNumber: 'ASC', key: 'ASC' } });
    const values = indicators.length ? await m.find(IndicatorValueEntity, { where: { indicatorId: In(indicators.map((i) => i.id)) }, order: { year: 'ASC' } }) : [];
    const goals = program.governance.effectGoals ?? [];
    return indicators.map((i) => {
      const series = values.filter((v) => v.indicatorId === i.id).map((v) => ({ year: v.year, value: Number(v.value) }));
      const plan = { baselineYear: i.baselineYear, baselineValue: Number(i.baselineValue), targetYear: i.targetYear, targetValue: Number(i.targetValue) };
      const goal = goals.find((g) => g.number === i.goalNumber);
      return {
        goal: `${i.goalNumber}. ${goal?.text[lang] ?? ''}`.trim(),
        name: lang === 'sv' ? i.nameSv : i.nameEn,
        unit: i.unit,
        baseline: { year: plan.baselineYear, value: plan.baselineValue },
        target: { year: plan.targetYear, value: plan.targetValue },
        series,
        onTrack: indicatorOnTrack(plan, latestReading(series)),
        activities: servingActivities(i, activities).map((a) => a.title),
      };
    });
  }

  /** The program's open tasks past their due date, by the organization of the person who holds them. */
  private async overdue(programId: string, now: Date) {
    const m = this.ctx.db.manager;
    // A meeting's invitations are due when it starts; they are no one's overdue work.
    const late = (await m.find(TaskEntity, { where: { programId, status: 'open', dueAt: LessThan(now) }, order: { dueAt: 'ASC' }, take: 2_000 })).filter((t) => !t.subjectKey?.startsWith('steering-meeting/'));
    const persons = late.length ? await m.find(PersonEntity, { select: { id: true, organizationId: true, role: true }, where: { id: In([...new Set(late.map((t) => t.assigneeId))]) } }) : [];
    const orgIds = [...new Set(persons.map((p) => p.organizationId).filter((id): id is string => Boolean(id)))];
    const orgs = orgIds.length ? await m.find(OrganizationEntity, { select: { id: true, name: true }, where: { id: In(orgIds) } }) : [];
    const byOrg = new Map<string, TaskEntity[]>();
    for (const t of late) {
      const person = persons.find((p) => p.id === t.assigneeId);
      const name = orgs.find((o) => o.id === person?.organizationId)?.name ?? (person?.role === 'project_office' ? 'Projektkontoret' : '–');
      byOrg.set(name, [...(byOrg.get(name) ?? []), t]);
    }
    return [...byOrg.entries()]
      .map(([organization, tasks]) => ({ organization, count: tasks.length, oldestDueDate: stockholmDateTime(tasks[0].dueAt).date, tasks: tasks.slice(0, 20).map((t) => t.title) }))
      .sort((a, b) => b.count - a.count || a.organization.localeCompare(b.organization, 'sv'));
  }
}

/** The activities meant to move an indicator: those naming it, or where none does, those naming its goal. */
function servingActivities(indicator: EffectGoalIndicatorEntity, activities: ProgramActivityEntity[]): ProgramActivityEntity[] {
  const naming = activities.filter((a) => a.indicatorIds.includes(indicator.id));
  return naming.length ? naming : activities.filter((a) => a.effectGoalNumbers.includes(indicator.goalNumber));
}


/** Each phase done, current or ahead, from where the program stands. */
function phasesOf(program: GovernedProgram, template: ProgramTemplate, lang: Lang): BoardPackView['phases'] {
  const current = template.phases.findIndex((p) => p.key === program.phaseKey);
  return template.phases.map((p, i) => {
    const status = program.status === 'closed' || (current >= 0 && i < current) ? 'done' : i === current ? 'current' : 'pending';
    const detail =
      status !== 'current'
        ? null
        : program.gateTaskId
          ? lang === 'sv' ? 'Väntar på styrgruppens beslut' : "Waiting for the steering group's decision"
          : program.stepKey
            ? `${lang === 'sv' ? 'Steg' : 'Step'}: ${p.steps.find((s) => s.key === program.stepKey)?.name[lang] ?? program.stepKey}`
            : null;
    return { key: p.key, name: p.name[lang], status, detail };
  });
}

/** A change in words, from its audit entry (ids only there) and the program's data. */
function changeText(e: AuditEventEntity, template: ProgramTemplate, activities: ProgramActivityEntity[], lang: Lang): string {
  const d = e.data as Record<string, unknown>;
  const phase = template.phases.find((p) => p.key === d.phaseKey);
  const phaseName = phase?.name[lang] ?? String(d.phaseKey ?? '');
  const activity = activities.find((a) => a.id === d.activityId);
  const sv = lang === 'sv';
  switch (e.type) {
    case 'gate.decided': {
      const outcome = phase ? gateOutcomesOf(phase).find((o) => o.key === d.decision) : undefined;
      return `${sv ? 'Beslut vid beslutspunkten' : 'Decision at the decision point'} ${phaseName}: ${outcome?.name[lang] ?? String(d.decision)}`;
    }
    case 'activity.evaluated':
      return `${ACTIVITY_EVENT[e.type][lang]}: ${activity?.title ?? String(d.activityId)} (${String(d.decision)})`;
    case 'activity.proposed':
    case 'activity.execution':
    case 'activity.evaluation':
    case 'activity.ended':
    case 'activity.scaled-up':
      return `${ACTIVITY_EVENT[e.type][lang]}: ${activity?.title ?? String(d.activityId)}`;
    case 'need.recorded':
      return sv ? 'Ett behov registrerat' : 'A need recorded';
    case 'needs.imported':
      return sv ? `Behov importerade: ${String(d.count ?? '')}`.trim() : `Needs imported: ${String(d.count ?? '')}`.trim();
    case 'needs.categorized':
      return sv ? 'Behov kategoriserade' : 'Needs categorized';
    case 'focus_areas.set':
      return sv ? 'Fokusområdena ändrade' : 'The focus areas changed';
    case 'phase.started':
      return `${sv ? 'Fasen startade' : 'Phase started'}: ${phaseName}`;
    case 'phase.completed':
    case 'phase.returned':
    case 'phase.sent-back':
    case 'phase.stopped':
      return `${PHASE_END[e.type][lang]}: ${phaseName}`;
    case 'step.completed': {
      const step = phase?.steps.find((s) => s.key === d.stepKey);
      return `${sv ? 'Steg slutfört' : 'Step completed'}: ${step?.name[lang] ?? String(d.stepKey)}`;
    }
    case 'program.closed':
      return sv ? 'Programmet avslutat' : 'The program closed';
    case 'steering_group.set':
      return sv ? `Styrgruppen ändrad: ${String(d.seats)} platser` : `The steering group changed: ${String(d.seats)} seats`;
    default:
      return e.type;
  }
}

function rendered(v: BoardPackView): BoardPackData {
  return {
    lang: v.lang,
    program: { name: v.programName, templateName: v.templateName },
    meeting: { number: v.number, startsAt: v.startsAt, endsAt: v.endsAt, location: v.location },
    since: v.since,
    generatedAt: v.generatedAt,
    agenda: v.agenda.map((text) => ({ text })),
    phases: v.phases.map((p) => ({ name: p.name, status: p.status, detail: p.detail })),
    activities: v.activities.map((a) => ({ title: a.title, status: a.status, rag: a.rag, reason: a.reason })),
    changes: v.changes.map((c) => ({ at: c.at, category: c.category as BoardPackData['changes'][number]['category'], text: c.text })),
    overdue: v.overdue,
    indicators: v.indicators,
  };
}
