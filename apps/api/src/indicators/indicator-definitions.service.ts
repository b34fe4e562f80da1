import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { EffectGoalIndicatorEntity, PersonEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { isUniqueViolation } from '../common/database-errors.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import { ProgramContext } from '../phased/program-context.js';
import type { DefineIndicatorDto } from './indicators.dto.js';
import { indicatorView, shownOwners } from './indicator-views.js';

/** Roles that may own an indicator (record its values): not managers, who only read, nor participants. */
const OWNER_ROLES = ['project_office', 'contact_person'];

/** Defines the indicators that measure a program's effect goals. */
@Injectable()
export class IndicatorDefinitionsService {
  constructor(@Inject(ProgramContext) private readonly ctx: ProgramContext) {}

  /** 400 for a goal the program does not have, a target before the baseline or an unfit owner; 409 for a key the program already uses. */
  async define(principal: Principal, programId: string, goalNumber: number, dto: DefineIndicatorDto) {
    try {
      return await this.ctx.locked(programId, 'share', async (m, program) => {
        const errors: FieldError[] = [];
        const goals = program.governance.effectGoals.map((g) => g.number);
        if (!goals.includes(goalNumber)) errors.push({ field: 'number', message: `${goalNumber} is not one of the program's effect goals: ${goals.join(', ') || 'none'}` });
        if (dto.targetYear < dto.baselineYear) errors.push({ field: 'targetYear', message: 'must not be before baselineYear' });
        const ownerId = dto.ownerId ?? principal.personId;
        const owner = await m.findOneBy(PersonEntity, { id: ownerId });
        if (!owner || !OWNER_ROLES.includes(owner.role)) errors.push({ field: 'ownerId', message: 'must be a person of the project office or a contact person' });
        if (errors.length) throw new ValidationProblem(errors);
        if (await m.existsBy(EffectGoalIndicatorEntity, { programId, key: dto.key })) throw new ConflictException(`The program already has an indicator with the key '${dto.key}'.`);
        const id = randomUUID();
        await m.insert(EffectGoalIndicatorEntity, {
          id,
          programId,
          goalNumber,
          key: dto.key,
          nameSv: dto.nameSv,
          nameEn: dto.nameEn,
          unit: dto.unit,
          source: dto.source,
          baselineYear: dto.baselineYear,
          baselineValue: String(dto.baselineValue),
          targetValue: String(dto.targetValue),
          targetYear: dto.targetYear,
          ownerId,
          createdBy: principal.personId,
        });
        await this.ctx.record(m, principal, programId, 'indicator.defined', { indicatorId: id, goalNumber, key: dto.key, ownerId });
        const row = await m.findOneByOrFail(EffectGoalIndicatorEntity, { id });
        const { known, names } = await shownOwners(m, principal, [row.ownerId]);
        return indicatorView(row, known, names);
      });
    } catch (err) {
      // Two definitions of one key at the same moment: the second meets the unique key.
      if (isUniqueViolation(err)) throw new ConflictException(`The program already has an indicator with the key '${dto.key}'.`);
      throw err;
    }
  }
}
