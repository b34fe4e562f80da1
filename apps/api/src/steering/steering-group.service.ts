import { ConflictException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import { mayDecideGates, steeringGroupProblems, VOTING_ROLES, type DecisionRule, type SteeringSeat } from '@gov/domain';
import { PersonEntity, ProgramEntity, SteeringGroupEntity, SteeringSeatEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { knownPersons, shownPerson } from '../auth/read-scope.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import { ProgramContext } from '../phased/program-context.js';
import type { SetSteeringGroupDto } from './steering.dto.js';
import type { SteeringGroupView } from './steering.views.js';

/** A program's steering group as it decides now. */
export interface CurrentSteeringGroup {
  rule: DecisionRule;
  seats: SteeringSeat[];
}

/**
 * A program's steering group (styrgrupp): its seats over time and its decision rule. Its chair is
 * the program's decision maker (the gate's task goes to the chair); the group decides by its rule.
 */
@Injectable()
export class SteeringGroupService {
  constructor(@Inject(ProgramContext) private readonly ctx: ProgramContext) {}

  /** The group and its rule, or null where the program has none. */
  async current(m: EntityManager, programId: string): Promise<CurrentSteeringGroup | null> {
    const group = await m.findOneBy(SteeringGroupEntity, { programId });
    if (!group) return null;
    const seats = await m.find(SteeringSeatEntity, { where: { programId, untilAt: IsNull() }, order: { position: 'ASC', fromAt: 'ASC' } });
    return { rule: { kind: group.rule, quorum: group.quorum }, seats: seats.map((s) => ({ personId: s.personId, role: s.role })) };
  }

  async get(principal: Principal, programId: string, m: EntityManager = this.ctx.db.manager): Promise<SteeringGroupView> {
    await this.ctx.read(programId);
    const group = await m.findOneBy(SteeringGroupEntity, { programId });
    const history = await m.find(SteeringSeatEntity, { where: { programId }, order: { fromAt: 'ASC', position: 'ASC' } });
    const known = await knownPersons(m, principal, history.map((s) => s.personId));
    // Those who sit in the group know who else does: its clerk records who is present across organizations.
    const seated = history.filter((s) => !s.untilAt);
    if (seated.some((s) => s.personId === principal.personId)) for (const s of seated) known.add(s.personId);
    const names = known.size ? await m.find(PersonEntity, { select: { id: true, displayName: true }, where: { id: In([...known]) } }) : [];
    const seat = (s: SteeringSeatEntity) => ({
      personId: shownPerson(known, s.personId),
      name: known.has(s.personId) ? (names.find((p) => p.id === s.personId)?.displayName ?? null) : null,
      role: s.role,
      votes: VOTING_ROLES.includes(s.role),
      from: s.fromAt.toISOString(),
      until: s.untilAt?.toISOString() ?? null,
    });
    const held = history.filter((s) => !s.untilAt).sort((a, b) => a.position - b.position);
    return { programId, rule: group ? { kind: group.rule, quorum: group.quorum } : null, members: held.map(seat), history: history.map(seat) };
  }

  /**
   * Sets the group's seats and rule. A person left out leaves (their seat ends), a changed role ends
   * one seat and starts another; the chair becomes the program's decision maker. While a decision
   * point is open its chair stays (its task is the chair's).
   */
  async set(principal: Principal, programId: string, dto: SetSteeringGroupDto): Promise<SteeringGroupView> {
    if (principal.role !== 'project_office') throw new ForbiddenException('The project office sets a steering group.');
    await this.ctx.locked(programId, 'exclusive', async (m, program) => {
      if (program.status === 'closed') throw new ConflictException('The program is closed.');
      const rule: DecisionRule = { kind: dto.rule, quorum: dto.quorum };
      const seats: SteeringSeat[] = dto.members.map((s) => ({ personId: s.personId, role: s.role }));
      const errors: FieldError[] = steeringGroupProblems(rule, seats);
      const persons = await m.find(PersonEntity, { where: { id: In(seats.map((s) => s.personId)) } });
      const byId = new Map(persons.map((p) => [p.id, p]));
      seats.forEach((s, i) => {
        const person = byId.get(s.personId);
        if (!person) return errors.push({ field: `members[${i}].personId`, message: `person ${s.personId} does not exist` });
        if (person.role === 'participant') return errors.push({ field: `members[${i}].personId`, message: "a participant has no seat in a program's steering group" });
        if (s.role === 'chair' && !mayDecideGates(person)) {
          errors.push({ field: `members[${i}].personId`, message: 'the chair decides the gate and must hold the gate.decide permission (a project office person or a contact person)' });
        } else if (s.role !== 'co-opted' && person.role === 'manager') {
          errors.push({ field: `members[${i}].role`, message: 'a manager has read-only access: a manager sits in a steering group only as co-opted (adjungerad)' });
        }
      });
      if (errors.length) throw new ValidationProblem(errors);
      const chair = seats.find((s) => s.role === 'chair')!;
      if (program.gateTaskId && program.gateOwnerId !== chair.personId) {
        throw new ConflictException("A decision point is open and its task is its decision maker's: the chair cannot change until it is decided.");
      }
      const now = new Date();
      const held = await m.find(SteeringSeatEntity, { where: { programId, untilAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      const kept = new Set<string>();
      for (const seat of held) {
        const next = seats.find((s) => s.personId === seat.personId);
        if (next && next.role === seat.role) {
          kept.add(seat.personId);
          await m.update(SteeringSeatEntity, { id: seat.id }, { position: seats.indexOf(next) });
        } else await m.update(SteeringSeatEntity, { id: seat.id }, { untilAt: now });
      }
      const joined = seats.filter((s) => !kept.has(s.personId));
      if (joined.length) await m.insert(SteeringSeatEntity, joined.map((s) => ({ programId, personId: s.personId, role: s.role, position: seats.indexOf(s), fromAt: now, untilAt: null })));
      await m.upsert(SteeringGroupEntity, { programId, rule: rule.kind, quorum: rule.quorum, updatedBy: principal.personId, updatedAt: now }, ['programId']);
      if (program.gateOwnerId !== chair.personId) await m.update(ProgramEntity, { id: programId }, { gateOwnerId: chair.personId });
      await this.ctx.record(m, principal, programId, 'steering_group.set', {
        rule: rule.kind,
        quorum: rule.quorum,
        seats: seats.length,
        joined: joined.length,
        left: held.length - kept.size,
        chairId: chair.personId,
      });
    });
    return this.get(principal, programId);
  }
}
