import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { mayDecideGates, type Governance } from '@gov/domain';
import { CollaborationBodyEntity, PersonEntity, ProgramEntity, SteeringSeatEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { knownPersons, shownPerson } from '../auth/read-scope.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import type { SetCollaborationModelDto } from './phased.dto.js';
import { keysOf, unknown } from './governance-lists.js';
import { ProgramContext } from './program-context.js';

/** Phase I's collaboration model: the bodies in its roles and the steering group's decision maker, who decides the gate. */
@Injectable()
export class CollaborationModelService {
  constructor(@Inject(ProgramContext) private readonly ctx: ProgramContext) {}

  setCollaborationModel(principal: Principal, programId: string, dto: SetCollaborationModelDto) {
    return this.ctx.edit(programId, 'collaborationModel', async (m, { governance: g }) => {
      const roles = keysOf(g.collaborationRoles);
      const errors: FieldError[] = [];
      dto.roles.forEach((r, i) => {
        if (!roles.includes(r.roleKey)) errors.push(unknown(`roles.${i}.roleKey`, r.roleKey, roles));
      });
      if (new Set(dto.roles.map((r) => r.roleKey)).size !== dto.roles.length) errors.push({ field: 'roles', message: 'each role may appear once' });
      const owner = await m.findOneBy(PersonEntity, { id: dto.gateOwnerId });
      if (!owner) errors.push({ field: 'gateOwnerId', message: `person ${dto.gateOwnerId} does not exist` });
      else if (!owner.permissions.includes('gate.decide')) errors.push({ field: 'gateOwnerId', message: 'this person does not hold the gate.decide permission of the steering group' });
      // The one person who may decide the gate must be able to: never a manager (read-only) or a participant.
      else if (!mayDecideGates(owner)) errors.push({ field: 'gateOwnerId', message: `a ${owner.role.replace('_', ' ')} can never decide a gate; name a steering-group member of the project office or a contact person` });
      // Where the program has a steering group, its chair is the decision maker.
      const chair = await m.findOne(SteeringSeatEntity, { where: { programId, role: 'chair', untilAt: IsNull() } });
      if (chair && chair.personId !== dto.gateOwnerId) errors.push({ field: 'gateOwnerId', message: "the program's steering group decides its gates: name its chair as the decision maker, or change the chair (PUT /programs/{id}/steering-group)" });
      if (errors.length) throw new ValidationProblem(errors);
      await m.delete(CollaborationBodyEntity, { programId });
      await m.insert(
        CollaborationBodyEntity,
        dto.roles.flatMap((r) => r.bodies.map((body, position) => ({ programId, roleKey: r.roleKey, position, body }))),
      );
      await m.update(ProgramEntity, { id: programId }, { gateOwnerId: dto.gateOwnerId });
      await this.ctx.record(m, principal, programId, 'collaboration_model.set', { roles: dto.roles.length, gateOwnerId: dto.gateOwnerId });
      return this.modelOf(m, programId, g, dto.gateOwnerId);
    });
  }

  /** The collaboration model; a contact person learns the gate's decision maker only when it is themselves or a colleague. */
  async collaborationModel(principal: Principal, programId: string) {
    const program = await this.ctx.read(programId);
    const known = await knownPersons(this.ctx.db.manager, principal, [program.gateOwnerId]);
    return this.modelOf(this.ctx.db.manager, programId, program.governance, shownPerson(known, program.gateOwnerId));
  }

  private async modelOf(m: EntityManager, programId: string, g: Governance, gateOwnerId: string | null) {
    const bodies = await m.find(CollaborationBodyEntity, { where: { programId }, order: { roleKey: 'ASC', position: 'ASC' } });
    return {
      gateOwnerId,
      roles: g.collaborationRoles.map((r) => ({ roleKey: r.key, name: r.name, suggestedBodies: r.suggestedBodies, bodies: bodies.filter((b) => b.roleKey === r.key).map((b) => b.body) })),
    };
  }
}
