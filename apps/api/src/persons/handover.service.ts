import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { assigneeProblem, mayDecideGates, OPEN_ACTIVITY_STATUSES } from '@gov/domain';
import { AuditTrail, NetworkMemberEntity, OrganizationEntity, OrganizationRepository, PersonEntity, ProgramActivityEntity, ProgramEntity, SteeringSeatEntity, TaskEntity, TaskRepository } from '@gov/persistence';
import { TaskCommandRefused, TaskWorkflows, WorkflowCommands, type RecordedCommand } from '@gov/temporal';
import type { Principal } from '../auth/principal.js';
import { asCommand } from '../common/database-errors.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import type { HandoverItemView, HandoverView } from './person.dto.js';

/** A handover moves at most this many items in one command (a contact person holds far fewer). */
export const HANDOVER_MAX_ITEMS = 2_000;

/**
 * A contact person's handover to a successor in one command: their open tasks (interviews and gate
 * tasks included), the activities they are responsible for, their seats in programs' networks,
 * the gates they decide and their organization's contact-person role. All or nothing: everything is checked first, then every database change,
 * one audit entry per item and every task's reassignment (in the command log) commit in one
 * transaction; the reassignments are delivered after the commit (by this request, or by the
 * reconciler after a crash). A dry run answers the same list and changes nothing.
 */
@Injectable()
export class HandoverService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(AuditTrail) private readonly trail: AuditTrail,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
    @Inject(TaskWorkflows) private readonly tasks: TaskWorkflows,
    @Inject(TaskRepository) private readonly taskRows: TaskRepository,
    @Inject(OrganizationRepository) private readonly organizations: OrganizationRepository,
  ) {}

  async handover(principal: Principal, fromId: string, toId: string, dryRun: boolean): Promise<HandoverView> {
    const plan = await this.plan(this.db.manager, fromId, toId);
    if (dryRun) return { from: fromId, to: toId, dryRun: true, items: plan.items, moved: 0 };
    const handoverId = randomUUID();
    const commands = await asCommand(() =>
      this.db.transaction(async (m) => {
        // Checked again under locks: what is moved is what was found, nothing half-moved.
        const locked = await this.plan(m, fromId, toId, true);
        const recorded: RecordedCommand[] = [];
        for (const item of locked.items) {
          if (item.kind === 'task') recorded.push(await this.commands.record(m, [this.tasks.reassignStep(item.id, { actorId: principal.personId, assigneeId: toId })]));
          else if (item.kind === 'activity') await m.update(ProgramActivityEntity, { id: item.id }, { responsibleId: toId });
          else if (item.kind === 'network-seat') await m.update(NetworkMemberEntity, { id: item.id }, { personId: toId });
          else if (item.kind === 'steering-seat') {
            // The seat ends and the successor's starts, with the same role: the group's history keeps both.
            const seat = await m.findOneByOrFail(SteeringSeatEntity, { id: item.id });
            const now = new Date();
            await m.update(SteeringSeatEntity, { id: item.id }, { untilAt: now });
            await m.insert(SteeringSeatEntity, { programId: seat.programId, personId: toId, role: seat.role, position: seat.position, fromAt: now, untilAt: null });
          } else if (item.kind === 'organization-contact') await m.update(OrganizationEntity, { id: item.id }, { contactPersonId: toId });
          else await m.update(ProgramEntity, { id: item.id }, { gateOwnerId: toId });
          await this.trail.record(
            {
              type: 'person.handed_over',
              actorKind: 'person',
              actorId: principal.personId,
              actorRole: principal.role,
              programId: item.programId,
              workflowId: null,
              runId: null,
              dedupeKey: `handover-${handoverId}/${item.kind}/${item.id}`,
              subjectPersonId: toId,
              data: { handoverId, kind: item.kind, itemId: item.id, from: fromId, to: toId },
            },
            m,
          );
        }
        return { recorded, items: locked.items };
      }),
    );
    // After the commit: each task's reassignment; one the task's workflow refuses was closed meanwhile (nothing left to move).
    for (const command of commands.recorded) {
      try {
        const state = await this.tasks.deliver(command);
        await this.taskRows.projectAssignee(state.taskId, state.assigneeId);
      } catch (err) {
        if (!(err instanceof TaskCommandRefused)) throw err;
      }
    }
    return { from: fromId, to: toId, dryRun: false, items: commands.items, moved: commands.items.length };
  }

  /** What the person holds, or 400 naming why it cannot go to the successor. */
  private async plan(m: EntityManager, fromId: string, toId: string, lock = false): Promise<{ items: HandoverItemView[] }> {
    const from = await m.findOneBy(PersonEntity, { id: fromId });
    if (!from) throw new NotFoundException(`Person ${fromId} not found`);
    if (from.role !== 'contact_person') throw new ConflictException('Only a contact person hands over: this person holds no organization’s work.');
    const to = await m.findOneBy(PersonEntity, { id: toId });
    const problems: FieldError[] = [];
    if (!to) problems.push({ field: 'to', message: `person ${toId} does not exist` });
    else if (to.id === from.id) problems.push({ field: 'to', message: 'the successor is the person handing over' });
    else if (to.role !== 'contact_person' || to.organizationId !== from.organizationId) problems.push({ field: 'to', message: 'the successor must be a contact person of the same organization' });
    if (problems.length) throw new ValidationProblem(problems);

    const lockMode = lock ? { lock: { mode: 'pessimistic_write' as const } } : {};
    const tasks = await m.find(TaskEntity, { where: { assigneeId: fromId, status: 'open' }, order: { dueAt: 'ASC' }, ...lockMode });
    const activities = await m.find(ProgramActivityEntity, { where: { responsibleId: fromId, status: In([...OPEN_ACTIVITY_STATUSES]) }, order: { createdAt: 'ASC' }, ...lockMode });
    const seats = await m.find(NetworkMemberEntity, { where: { personId: fromId, leftAt: IsNull() }, order: { joinedAt: 'ASC' }, ...lockMode });
    const gates = await m.find(ProgramEntity, { where: { gateOwnerId: fromId }, order: { createdAt: 'ASC' }, ...lockMode });
    const steeringSeats = await m.find(SteeringSeatEntity, { where: { personId: fromId, untilAt: IsNull() }, order: { fromAt: 'ASC' }, ...lockMode });
    // Each item must be one the successor can hold.
    for (const t of tasks) {
      const cannot = assigneeProblem(to!.role, t.purpose);
      if (cannot) problems.push({ field: 'to', message: `task ${t.id}: ${cannot}` });
    }
    if (gates.length && !mayDecideGates(to!)) problems.push({ field: 'to', message: `decides the gate of ${gates.length} program(s): the successor needs the gate.decide permission` });
    const taken = seats.length ? await m.find(NetworkMemberEntity, { where: { personId: toId, leftAt: IsNull(), programId: In(seats.map((s) => s.programId)) } }) : [];
    for (const seat of taken) problems.push({ field: 'to', message: `already holds a seat in the network of program ${seat.programId}` });
    const seated = steeringSeats.length ? await m.find(SteeringSeatEntity, { where: { personId: toId, untilAt: IsNull(), programId: In(steeringSeats.map((s) => s.programId)) } }) : [];
    for (const seat of seated) problems.push({ field: 'to', message: `already holds a seat in the steering group of program ${seat.programId}` });
    if (steeringSeats.some((s) => s.role === 'chair') && !mayDecideGates(to!)) problems.push({ field: 'to', message: 'chairs a steering group: the successor needs the gate.decide permission' });
    if (problems.length) throw new ValidationProblem(problems);
    // The organization's "entrance" (where its tasks go when no person is named) moves too when it is hers.
    const organization = (await this.organizations.contactPersonOf(from.organizationId!, m)) === fromId ? await m.findOneByOrFail(OrganizationEntity, { id: from.organizationId! }) : null;
    const items: HandoverItemView[] = [
      ...tasks.map((t) => ({ kind: 'task' as const, id: t.id, programId: t.programId, title: t.title })),
      ...activities.map((a) => ({ kind: 'activity' as const, id: a.id, programId: a.programId, title: a.title })),
      ...seats.map((s) => ({ kind: 'network-seat' as const, id: s.id, programId: s.programId, title: null })),
      ...steeringSeats.map((s) => ({ kind: 'steering-seat' as const, id: s.id, programId: s.programId, title: null })),
      ...gates.map((p) => ({ kind: 'gate' as const, id: p.id, programId: p.id, title: p.name })),
      ...(organization ? [{ kind: 'organization-contact' as const, id: organization.id, programId: null, title: organization.name }] : []),
    ];
    if (items.length > HANDOVER_MAX_ITEMS) throw new ConflictException(`This person holds ${items.length} items; a handover moves at most ${HANDOVER_MAX_ITEMS}.`);
    return { items };
  }
}
