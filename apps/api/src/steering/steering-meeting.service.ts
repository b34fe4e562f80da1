import { randomUUID } from 'node:crypto';
import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { In, LessThan, type EntityManager } from 'typeorm';
import { assigneeProblem, DEFAULT_REMINDER_POLICY, gateMaterialOf } from '@gov/domain';
import { GateMaterialEntity, PersonEntity, ProgramActivityEntity, SteeringMeetingEntity, TaskEntity } from '@gov/persistence';
import { WorkflowCommands, type RecordedCommand } from '@gov/temporal';
import type { Principal } from '../auth/principal.js';
import { ValidationProblem } from '../common/problem-details.filter.js';
import { ProgramContext, type GovernedProgram } from '../phased/program-context.js';
import { TasksService } from '../tasks/tasks.service.js';
import type { RecordMinutesDto, ScheduleSteeringMeetingDto } from './steering.dto.js';
import type { SteeringMeetingListView, SteeringMeetingView } from './steering.views.js';
import { SteeringGroupService } from './steering-group.service.js';

const DAY_MS = 86_400_000;
/** A meeting held may be recorded up to this long after; one ahead up to two years ahead. */
const PAST_LIMIT_MS = 30 * DAY_MS;
const FUTURE_LIMIT_MS = 2 * 366 * DAY_MS;
const LONGEST_MS = 12 * 3_600_000;

const DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/**
 * A steering group's meetings (styrgruppsmöten): scheduled with an agenda built from what waits for
 * the group, each member invited by a task that carries the agenda (and a calendar invitation), the
 * minutes recorded after.
 */
@Injectable()
export class SteeringMeetingService {
  constructor(
    @Inject(ProgramContext) private readonly ctx: ProgramContext,
    @Inject(SteeringGroupService) private readonly groups: SteeringGroupService,
    @Inject(TasksService) private readonly taskService: TasksService,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
  ) {}

  async schedule(principal: Principal, programId: string, dto: ScheduleSteeringMeetingDto): Promise<SteeringMeetingView> {
    const startsAt = Date.parse(dto.startsAt);
    const endsAt = Date.parse(dto.endsAt);
    const errors = [];
    if (endsAt <= startsAt) errors.push({ field: 'endsAt', message: 'a meeting ends after it starts' });
    else if (endsAt - startsAt > LONGEST_MS) errors.push({ field: 'endsAt', message: 'a meeting lasts at most 12 hours' });
    if (startsAt < Date.now() - PAST_LIMIT_MS) errors.push({ field: 'startsAt', message: 'a meeting held is recorded within 30 days' });
    if (startsAt > Date.now() + FUTURE_LIMIT_MS) errors.push({ field: 'startsAt', message: 'a meeting is scheduled at most two years ahead' });
    if (errors.length) throw new ValidationProblem(errors);
    const { id, starts } = await this.ctx.locked(programId, 'exclusive', async (m, program) => {
      if (program.status === 'closed') throw new ConflictException('The program is closed.');
      const group = await this.groups.current(m, programId);
      if (!group) throw new ConflictException('The program has no steering group to meet (PUT /programs/{id}/steering-group).');
      this.mayClerk(principal, group.seats);
      const last = await m.findOne(SteeringMeetingEntity, { where: { programId }, order: { number: 'DESC' } });
      const number = (last?.number ?? 0) + 1;
      const meetingId = randomUUID();
      const previous = await m.findOne(SteeringMeetingEntity, { where: { programId, startsAt: LessThan(new Date(startsAt)) }, order: { startsAt: 'DESC' } });
      const agenda = await this.agendaOf(m, program, previous);
      const when = DATE.format(new Date(startsAt));
      const persons = await m.find(PersonEntity, { where: { id: In(group.seats.map((s) => s.personId)) } });
      const invitations: RecordedCommand[] = [];
      const taskIds: string[] = [];
      // Each member who can act gets the agenda as a task before the meeting; a manager co-opted reads the board pack.
      // A meeting recorded after it was held invites nobody.
      for (const seat of startsAt > Date.now() ? group.seats : []) {
        const person = persons.find((p) => p.id === seat.personId);
        if (!person || assigneeProblem(person.role, null)) continue;
        const { row, command } = await this.taskService.prepare(
          principal.personId,
          {
            title: `Styrgruppsmöte ${number} (steering group meeting) ${when}: dagordning och underlag`.slice(0, 200),
            instructions: [
              `Kallelse till styrgruppens möte ${number} för ${program.name} (invitation to the steering group's meeting). Underlaget (board pack): GET /programs/${programId}/steering-meetings/${meetingId}/board-pack.`,
              'Dagordning (agenda):',
              ...agenda.map((a, i) => `${i + 1}. ${a}`),
            ]
              .join('\n')
              .slice(0, 5000),
            assigneeId: person.id,
            escalateToId: program.ownerId ?? principal.personId,
            programId,
            dueAt: new Date(startsAt),
            reminderPolicy: DEFAULT_REMINDER_POLICY,
            answerForm: null,
            meeting: { startsAt: new Date(startsAt).toISOString(), endsAt: new Date(endsAt).toISOString(), ...(dto.location ? { location: dto.location } : {}) },
            subjectKey: `steering-meeting/${number}`,
          },
          m,
        );
        invitations.push(command);
        taskIds.push(row.id);
      }
      await m.insert(SteeringMeetingEntity, {
        id: meetingId,
        programId,
        number,
        startsAt: new Date(startsAt),
        endsAt: new Date(endsAt),
        location: dto.location ?? null,
        invitationTaskIds: taskIds,
        minutes: null,
        minutesBy: null,
        minutesAt: null,
        createdBy: principal.personId,
      });
      await this.ctx.record(m, principal, programId, 'steering_meeting.scheduled', { meetingId, number, startsAt: new Date(startsAt).toISOString(), invited: taskIds.length });
      return { id: meetingId, starts: invitations };
    });
    for (const start of starts) await this.commands.deliverOrLeave(start);
    return this.get(principal, programId, id);
  }

  async list(principal: Principal, programId: string): Promise<SteeringMeetingListView> {
    const program = await this.ctx.read(programId);
    await this.mayRead(principal, programId);
    const rows = await this.ctx.db.manager.find(SteeringMeetingEntity, { where: { programId }, order: { startsAt: 'ASC', number: 'ASC' }, take: 200 });
    return { items: await Promise.all(rows.map(async (r, i) => this.view(r, await this.agendaOf(this.ctx.db.manager, program, rows[i - 1] ?? null)))) };
  }

  async get(principal: Principal, programId: string, meetingId: string): Promise<SteeringMeetingView> {
    const program = await this.ctx.read(programId);
    await this.mayRead(principal, programId);
    const { meeting, previous } = await this.meeting(this.ctx.db.manager, programId, meetingId);
    return this.view(meeting, await this.agendaOf(this.ctx.db.manager, program, previous));
  }

  async recordMinutes(principal: Principal, programId: string, meetingId: string, dto: RecordMinutesDto): Promise<SteeringMeetingView> {
    await this.ctx.locked(programId, 'share', async (m) => {
      const group = await this.groups.current(m, programId);
      this.mayClerk(principal, group?.seats ?? []);
      const { meeting } = await this.meeting(m, programId, meetingId);
      if (meeting.startsAt.getTime() > Date.now()) throw new ConflictException('The meeting has not started yet: minutes are recorded once it is held.');
      await m.update(SteeringMeetingEntity, { id: meetingId }, { minutes: dto.minutes, minutesBy: principal.personId, minutesAt: new Date() });
      await this.ctx.record(m, principal, programId, 'steering_meeting.minutes_recorded', { meetingId, number: meeting.number });
    });
    return this.get(principal, programId, meetingId);
  }

  /** The meeting and the one before it; 404 when it is not the program's. */
  async meeting(m: EntityManager, programId: string, meetingId: string): Promise<{ meeting: SteeringMeetingEntity; previous: SteeringMeetingEntity | null }> {
    const meeting = await m.findOneBy(SteeringMeetingEntity, { id: meetingId, programId });
    if (!meeting) throw new NotFoundException(`Program ${programId} has no steering meeting ${meetingId}`);
    // The meeting held before it (by time: one may be recorded after a later one was scheduled).
    const previous = await m.findOne(SteeringMeetingEntity, { where: { programId, startsAt: LessThan(meeting.startsAt) }, order: { startsAt: 'DESC' } });
    return { meeting, previous };
  }

  /** What waits for the group: the open decision point and its material, activities to evaluate, overdue tasks, the changes since the last meeting. */
  async agendaOf(m: EntityManager, program: GovernedProgram, previous: SteeringMeetingEntity | null): Promise<string[]> {
    const items: string[] = [];
    if (previous) items.push(`Föregående mötes protokoll, möte ${previous.number} (the previous meeting's minutes)`);
    if (program.gateTaskId) {
      const phase = (await this.ctx.template(program, m)).phases.find((p) => p.key === program.phaseKey);
      const required = phase ? gateMaterialOf(phase) : [];
      const provided = await m.count(GateMaterialEntity, { where: { gateTaskId: program.gateTaskId } });
      items.push(`Beslutspunkt (decision point): ${phase?.name.sv ?? program.phaseKey}${required.length ? ` – beslutsunderlag ${provided} av ${required.length} (material ${provided} of ${required.length})` : ''}`);
    }
    const evaluating = await m.find(ProgramActivityEntity, { where: { programId: program.id, status: 'evaluation' }, order: { createdAt: 'ASC' } });
    for (const a of evaluating) items.push(`Utvärdera aktiviteten (evaluate the activity): ${a.title}`);
    const overdue = await m.count(TaskEntity, { where: { programId: program.id, status: 'open', dueAt: LessThan(new Date()) } });
    if (overdue) items.push(`Försenade uppgifter (overdue tasks): ${overdue}`);
    items.push(`Förändringar sedan ${previous ? 'förra mötet' : 'programmets start'} (changes since ${previous ? 'the last meeting' : 'the program started'})`);
    return items;
  }

  /** The project office, or the group's chair or secretary. */
  private mayClerk(principal: Principal, seats: readonly { personId: string; role: string }[]): void {
    if (principal.role === 'project_office') return;
    if (seats.some((s) => s.personId === principal.personId && (s.role === 'chair' || s.role === 'secretary'))) return;
    throw new ForbiddenException("A steering meeting is scheduled and minuted by the project office or the group's chair or secretary.");
  }

  /** Managers and the project office read every meeting; a contact person only those of a group they sit in. */
  async mayRead(principal: Principal, programId: string): Promise<void> {
    if (principal.role !== 'contact_person') return;
    const group = await this.groups.current(this.ctx.db.manager, programId);
    if (!group?.seats.some((s) => s.personId === principal.personId)) throw new ForbiddenException("A steering group's meetings are read by its members, the project office and managers.");
  }

  private view(r: SteeringMeetingEntity, agenda: string[]): SteeringMeetingView {
    return {
      id: r.id,
      programId: r.programId,
      number: r.number,
      startsAt: r.startsAt.toISOString(),
      endsAt: r.endsAt.toISOString(),
      location: r.location,
      agenda,
      invitationTaskIds: r.invitationTaskIds,
      minutes: r.minutes,
      minutesAt: r.minutesAt?.toISOString() ?? null,
    };
  }
}
