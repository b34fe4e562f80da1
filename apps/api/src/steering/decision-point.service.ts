import { randomUUID } from 'node:crypto';
import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  addDays,
  assigneeProblem,
  DEFAULT_REMINDER_POLICY,
  decisionRefusal,
  gateMaterialOf,
  gateOutcomesOf,
  mayDecideGates,
  tally,
  VOTING_ROLES,
  zoneOffsetMs,
  type PhaseDefinition,
} from '@gov/domain';
import { GateDecisionEntity, GateMaterialEntity, PersonEntity, ProgramEntity, TaskEntity, type DecisionCondition } from '@gov/persistence';
import { TaskWorkflows, WorkflowCommands, type RecordedCommand, type WorkflowCommandStep } from '@gov/temporal';
import { In } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { knownPersons, shownPerson } from '../auth/read-scope.js';
import { asCommand } from '../common/database-errors.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import type { DecideGateDto } from '../phased/phased.dto.js';
import { stockholmDateTime } from '../documents/format.js';
import { ProgramContext, type GovernedProgram } from '../phased/program-context.js';
import { TasksService } from '../tasks/tasks.service.js';
import type { ProvideMaterialDto } from './steering.dto.js';
import type { OpenGateView } from './steering.views.js';
import { SteeringGroupService, type CurrentSteeringGroup } from './steering-group.service.js';

/** A gate task's subject key is `<phase>#<round>`. */
function roundOf(subjectKey: string | null): number {
  const round = Number(subjectKey?.split('#')[1]);
  return Number.isInteger(round) && round > 0 ? round : 1;
}

/** The end of a working day in Stockholm (16:00 local) on `day`. */
function dueOn(day: string): Date {
  const guess = Date.parse(`${day}T16:00:00Z`);
  return new Date(guess - zoneOffsetMs(guess));
}

/**
 * A decision point (beslutspunkt) while it is open and when it is decided: the material it requires,
 * and the decision — by the one decision maker, or by the steering group under its rule (present
 * members, each one's position, conditions that become tasks, reservations), recorded for the protocol.
 */
@Injectable()
export class DecisionPointService {
  constructor(
    @Inject(ProgramContext) private readonly ctx: ProgramContext,
    @Inject(SteeringGroupService) private readonly groups: SteeringGroupService,
    @Inject(TasksService) private readonly taskService: TasksService,
    @Inject(TaskWorkflows) private readonly tasks: TaskWorkflows,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
  ) {}

  /** The open decision point: its outcomes, its material (provided or not), who decides. 404 when none is open. */
  async openGate(principal: Principal, programId: string): Promise<OpenGateView> {
    const m = this.ctx.db.manager;
    const program = await this.ctx.read(programId);
    const { phase, gate } = await this.openPoint(m, program);
    // Decided, and the program not yet moved on: nothing on it would be accepted any more.
    const taken = await m.findOne(TaskEntity, { select: { id: true, answer: true, pendingCommandId: true }, where: { id: gate.id } });
    if (taken?.answer || taken?.pendingCommandId) throw new NotFoundException('No decision point is open in this program: its decision has been taken.');
    const provided = await m.find(GateMaterialEntity, { where: { gateTaskId: gate.id } });
    const known = await knownPersons(m, principal, [program.gateOwnerId, ...provided.map((p) => p.recordedBy)]);
    const material = gateMaterialOf(phase).map((item) => {
      const got = provided.find((p) => p.key === item.key);
      return {
        key: item.key,
        name: item.name,
        ...(item.description ? { description: item.description } : {}),
        provided: got ? { title: got.title, link: got.link, recordedBy: shownPerson(known, got.recordedBy), recordedAt: got.recordedAt.toISOString() } : null,
      };
    });
    return {
      programId,
      phaseKey: phase.key,
      round: roundOf(gate.subjectKey),
      taskId: gate.id,
      outcomes: gateOutcomesOf(phase).map((o) => ({ key: o.key, name: o.name, effect: o.effect, commentRequired: o.commentRequired })),
      material,
      materialComplete: material.every((x) => x.provided),
      decisionMakerId: shownPerson(known, program.gateOwnerId),
      steeringGroup: await this.groups.get(principal, programId, m),
    };
  }

  /** Provides (or replaces) a piece of the open decision point's material: the project office, the decision maker, or the group's chair or secretary. */
  async provideMaterial(principal: Principal, programId: string, key: string, dto: ProvideMaterialDto): Promise<OpenGateView> {
    await this.ctx.locked(programId, 'exclusive', async (m, program) => {
      const { phase, gate } = await this.openPoint(m, program);
      const group = await this.groups.current(m, programId);
      const clerk = group?.seats.some((s) => s.personId === principal.personId && (s.role === 'chair' || s.role === 'secretary'));
      if (principal.role !== 'project_office' && principal.personId !== program.gateOwnerId && !clerk) {
        throw new ForbiddenException("Decision material is provided by the project office, the decision maker or the steering group's chair or secretary.");
      }
      const items = gateMaterialOf(phase);
      if (!items.some((i) => i.key === key)) {
        throw new NotFoundException(items.length ? `'${key}' is not material of this decision point; it requires: ${items.map((i) => i.key).join(', ')}` : 'This decision point requires no material.');
      }
      const decided = await m.findOne(TaskEntity, { select: { id: true, answer: true, pendingCommandId: true }, where: { id: gate.id } });
      if (decided?.answer || decided?.pendingCommandId) throw new ConflictException('This decision point has been decided; its material is in the protocol.');
      await m.upsert(GateMaterialEntity, { gateTaskId: gate.id, key, programId, phaseKey: phase.key, title: dto.title, link: dto.link, recordedBy: principal.personId, recordedAt: new Date() }, ['gateTaskId', 'key']);
      await this.ctx.record(m, principal, programId, 'gate.material_provided', { phaseKey: phase.key, taskId: gate.id, key });
    });
    return this.openGate(principal, programId);
  }

  /**
   * The decision at the open decision point: one of its outcomes, its material provided. With a
   * steering group, recorded by its chair or secretary and checked against the group's rule; without,
   * by the one decision maker. Conditions become tasks, delivered after the commit like the decision.
   */
  async decide(principal: Principal, programId: string, dto: DecideGateDto) {
    const { command, answer } = await this.ctx.locked(programId, 'exclusive', async (m, program) => {
      const group = await this.groups.current(m, programId);
      await this.mayRecord(m, principal, program, group, dto);
      if (!program.gateTaskId) throw new ConflictException('No gate is waiting for a decision.');
      const { phase, gate } = await this.openPoint(m, program);
      const outcomes = gateOutcomesOf(phase);
      const outcome = outcomes.find((o) => o.key === dto.decision);
      if (!outcome) throw new ValidationProblem([{ field: 'decision', message: `'${dto.decision}' is not one of this decision point's outcomes: ${outcomes.map((o) => o.key).join(', ')}` }]);
      if (outcome.commentRequired && !dto.comment) {
        throw new ValidationProblem([{ field: 'comment', message: dto.decision === 'return' ? 'a returned phase needs a comment saying what to change' : `the outcome '${dto.decision}' needs a comment saying what to change or why` }]);
      }
      const task = await m.findOne(TaskEntity, { select: { id: true, answer: true, pendingCommandId: true }, where: { id: gate.id } });
      if (task?.answer || task?.pendingCommandId) throw new ConflictException('This gate has already been decided; the program moves on.');
      const positions = dto.positions ?? [];
      const present = dto.present ?? [];
      if (group) {
        const refusal = decisionRefusal(group.rule, group.seats, { present, positions });
        if (refusal?.status === 'input') throw new ValidationProblem([{ field: refusal.field ?? 'present', message: refusal.message }]);
        if (refusal) throw new ConflictException(refusal.message);
        this.checkReservations(group, dto);
      }
      const material = await this.materialOf(m, phase, gate.id);
      const conditions = await this.conditionsOf(m, principal, program, phase, gate, dto);
      const t = group ? tally(group.seats, { present, positions }) : null;
      await this.ctx.record(m, principal, programId, 'gate.decided', {
        phaseKey: program.phaseKey,
        decision: dto.decision,
        taskId: gate.id,
        commented: Boolean(dto.comment),
        ...(group && t
          ? {
              rule: group.rule.kind,
              quorum: group.rule.quorum,
              present: present.join(','),
              positions: positions.map((p) => `${p.personId}:${p.position}`).join(','),
              for: t.for,
              against: t.against,
              abstain: t.abstain,
            }
          : {}),
        conditions: conditions.rows.length,
        reservations: dto.reservations?.length ?? 0,
      });
      await m.insert(GateDecisionEntity, {
        gateTaskId: gate.id,
        programId,
        phaseKey: phase.key,
        round: roundOf(gate.subjectKey),
        decision: dto.decision,
        comment: dto.comment ?? null,
        rule: group?.rule ?? null,
        seats: group?.seats ?? [{ personId: principal.personId, role: 'chair' }],
        present: group ? present : [principal.personId],
        positions: group ? positions.map((p) => ({ personId: p.personId, position: p.position })) : [],
        material,
        conditions: conditions.rows,
        reservations: (dto.reservations ?? []).map((r) => ({ personId: r.personId, text: r.text })),
        recordedBy: principal.personId,
        decidedAt: new Date(),
      });
      // The decision travels with the completion (the workflow never reads it back); the comment stays here.
      // The conditions' tasks start with the decision, after it: a refused decision starts none.
      const recorded = await this.completion(m, gate.id, principal.personId, { decision: dto.decision, ...(dto.comment ? { comment: dto.comment } : {}) }, dto.decision, conditions.starts);
      return { command: recorded, answer: { programId, phaseKey: program.phaseKey!, decision: dto.decision } };
    });
    await asCommand(() => this.tasks.deliver(command, 'first'));
    return answer;
  }

  /** Who records a decision: the group's chair or secretary where there is a group; else the named decision maker. */
  private async mayRecord(m: EntityManager, principal: Principal, program: GovernedProgram, group: CurrentSteeringGroup | null, dto: DecideGateDto): Promise<void> {
    if (group) {
      const seat = group.seats.find((s) => s.personId === principal.personId);
      if (!seat || (seat.role !== 'chair' && seat.role !== 'secretary')) {
        throw new ForbiddenException("The program's steering group decides its gates: its chair or its secretary records the decision.");
      }
      const chair = await m.findOneBy(PersonEntity, { id: group.seats.find((s) => s.role === 'chair')?.personId ?? '00000000-0000-4000-8000-000000000000' });
      if (!chair || !mayDecideGates(chair)) {
        throw new ConflictException("The steering group's chair no longer holds the gate.decide permission: the project office names a chair who does before the group decides.");
      }
      if (!dto.present?.length) throw new ValidationProblem([{ field: 'present', message: "the program's steering group decides: list the members present" }]);
      return;
    }
    // Only the decision maker the collaboration model names decides, holding the permission still; nobody else who holds it.
    if (!program.gateOwnerId || principal.personId !== program.gateOwnerId) {
      throw new ForbiddenException("Only the decision maker named in the program's collaboration model (gateOwnerId) decides its gate.");
    }
    if (!mayDecideGates(principal)) {
      throw new ForbiddenException('You are named the decision maker of this gate but no longer hold the gate.decide permission of the steering group.');
    }
    const groupOnly: FieldError[] = (['present', 'positions', 'reservations'] as const)
      .filter((f) => dto[f]?.length)
      .map((field) => ({ field, message: 'this program has no steering group: one decision maker decides, with no members present, positions or reservations to record' }));
    if (groupOnly.length) throw new ValidationProblem(groupOnly);
  }

  /** A reservation is entered by a voting member present who was not for the decision. */
  private checkReservations(group: CurrentSteeringGroup, dto: DecideGateDto): void {
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    (dto.reservations ?? []).forEach((r, i) => {
      const seat = group.seats.find((s) => s.personId === r.personId);
      const position = dto.positions?.find((p) => p.personId === r.personId)?.position;
      if (!seat || !VOTING_ROLES.includes(seat.role) || !dto.present?.includes(r.personId)) errors.push({ field: `reservations[${i}].personId`, message: 'a reservation is entered by a voting member present' });
      else if (position === 'for' || (!position && group.rule.kind !== 'chair')) errors.push({ field: `reservations[${i}].personId`, message: 'a reservation is entered by a member who was not for the decision' });
      else if (seen.has(r.personId)) errors.push({ field: `reservations[${i}].personId`, message: 'this member has a reservation already' });
      seen.add(r.personId);
    });
    if (errors.length) throw new ValidationProblem(errors);
  }

  /** The material as provided; 409 naming what is missing. */
  private async materialOf(m: EntityManager, phase: PhaseDefinition, gateTaskId: string) {
    const required = gateMaterialOf(phase);
    const provided = await m.find(GateMaterialEntity, { where: { gateTaskId } });
    const missing = required.filter((r) => !provided.some((p) => p.key === r.key));
    if (missing.length) {
      throw new ConflictException({
        detail: `The decision requires its material (beslutsunderlag); missing: ${missing.map((x) => `${x.name.sv} (${x.key})`).join(', ')}. Provide it with PUT /programs/{id}/gate/material/{key}.`,
        missing: missing.map((x) => x.key),
      });
    }
    return required.map((r) => {
      const p = provided.find((x) => x.key === r.key)!;
      return { key: r.key, title: p.title, link: p.link };
    });
  }

  /** The conditions as tasks for their owners, prepared in the decision's transaction and started after its commit. */
  private async conditionsOf(m: EntityManager, principal: Principal, program: GovernedProgram, phase: PhaseDefinition, gate: TaskEntity, dto: DecideGateDto): Promise<{ rows: DecisionCondition[]; starts: WorkflowCommandStep[] }> {
    const conditions = dto.conditions ?? [];
    if (!conditions.length) return { rows: [], starts: [] };
    const owners = await m.find(PersonEntity, { where: { id: In(conditions.map((c) => c.ownerId)) } });
    const today = stockholmDateTime(new Date()).date;
    const errors: FieldError[] = [];
    conditions.forEach((c, i) => {
      const owner = owners.find((o) => o.id === c.ownerId);
      const cannot = owner ? assigneeProblem(owner.role, null) : `person ${c.ownerId} does not exist`;
      if (cannot) errors.push({ field: `conditions[${i}].ownerId`, message: cannot });
      if (c.dueDate < today) errors.push({ field: `conditions[${i}].dueDate`, message: `a condition is due today (${today}) or later` });
      if (c.dueDate > addDays(today, 3 * 366)) errors.push({ field: `conditions[${i}].dueDate`, message: 'a condition is due within three years' });
    });
    if (errors.length) throw new ValidationProblem(errors);
    const rows: DecisionCondition[] = [];
    const starts: WorkflowCommandStep[] = [];
    const phaseName = phase.name.sv;
    for (const [i, c] of conditions.entries()) {
      const { row, step } = await this.taskService.prepareStart(
        principal.personId,
        {
          title: `Villkor i beslut: ${c.text.length > 150 ? `${c.text.slice(0, 149)}…` : c.text}`,
          instructions: `Villkor i beslutet vid beslutspunkten för ${phaseName} (condition of the decision at the decision point): ${c.text}`,
          assigneeId: c.ownerId,
          escalateToId: program.ownerId ?? program.gateOwnerId!,
          programId: program.id,
          phaseKey: phase.key,
          purpose: 'condition',
          subjectKey: `${gate.subjectKey ?? phase.key}/${i + 1}`,
          dueAt: dueOn(c.dueDate),
          reminderPolicy: DEFAULT_REMINDER_POLICY,
          answerForm: null,
          meeting: null,
          calendar: program.governance.calendar ?? null,
        },
        m,
      );
      rows.push({ text: c.text, ownerId: c.ownerId, dueDate: c.dueDate, taskId: row.id });
      starts.push(step);
    }
    return { rows, starts };
  }

  /** The open decision point's phase and task; 404 when none is open. */
  private async openPoint(m: EntityManager, program: ProgramEntity): Promise<{ phase: PhaseDefinition; gate: TaskEntity }> {
    if (!program.gateTaskId) throw new NotFoundException('No decision point is open in this program.');
    const phase = (await this.ctx.template(program, m)).phases.find((p) => p.key === program.phaseKey);
    const gate = await m.findOneBy(TaskEntity, { id: program.gateTaskId });
    if (!phase || !gate) throw new NotFoundException('No decision point is open in this program.');
    return { phase, gate };
  }

  /** Records, in the command's transaction, the completion of the gate task with its answer (committed first) and decision. */
  private async completion(m: EntityManager, taskId: string, actorId: string, answer: NonNullable<TaskEntity['answer']>, outcome: string, then: WorkflowCommandStep[]): Promise<RecordedCommand> {
    const commandId = randomUUID();
    await m.update(TaskEntity, { id: taskId }, { pendingAnswer: answer, pendingCommandId: commandId });
    return this.commands.record(m, [this.tasks.completeStep(taskId, { actorId, answerCommandId: commandId, outcome }), ...then], commandId);
  }
}

