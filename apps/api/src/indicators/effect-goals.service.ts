import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ArrayContains, In, type FindOptionsWhere } from 'typeorm';
import { expectedIndicatorValue, indicatorOnTrack, latestReading, readsEverything } from '@gov/domain';
import { EffectGoalIndicatorEntity, IndicatorValueEntity, ProgramActivityEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { ProgramContext, type GovernedProgram } from '../phased/program-context.js';
import { indicatorView, shownOwners } from './indicator-views.js';

/** Matches no organization: a caller bound to none reads no organization's activities. */
const NO_ORGANIZATION = '00000000-0000-0000-0000-000000000000';

/** Reads a program's effect goals: their indicators against their targets and the activities that serve them. */
@Injectable()
export class EffectGoalsService {
  constructor(@Inject(ProgramContext) private readonly ctx: ProgramContext) {}

  /** Every goal with its indicators (latest value, on track or not) and its activities. */
  async list(principal: Principal, programId: string) {
    const program = await this.ctx.read(programId);
    const { indicators, activities } = await this.load(principal, program);
    return program.governance.effectGoals.map((goal) => {
      const own = indicators.filter((i) => i.goalNumber === goal.number);
      return {
        number: goal.number,
        text: goal.text,
        indicators: own.map(({ series: _series, ...status }) => status),
        activities: this.serving(activities, goal.number, own.map((i) => i.id)),
      };
    });
  }

  /** One goal's page: its indicators with their series by year, against baseline and target, and its activities. */
  async get(principal: Principal, programId: string, goalNumber: number) {
    const program = await this.ctx.read(programId);
    const goal = program.governance.effectGoals.find((g) => g.number === goalNumber);
    if (!goal) throw new NotFoundException(`Program ${programId} has no effect goal ${goalNumber}`);
    const { indicators, activities } = await this.load(principal, program, goalNumber);
    return { number: goal.number, text: goal.text, indicators, activities: this.serving(activities, goal.number, indicators.map((i) => i.id)) };
  }

  private async load(principal: Principal, program: GovernedProgram, goalNumber?: number) {
    const m = this.ctx.db.manager;
    const rows = await m.find(EffectGoalIndicatorEntity, { where: { programId: program.id, ...(goalNumber ? { goalNumber } : {}) }, order: { goalNumber: 'ASC', createdAt: 'ASC', key: 'ASC' } });
    const values = rows.length ? await m.find(IndicatorValueEntity, { where: { indicatorId: In(rows.map((r) => r.id)) }, order: { year: 'ASC' } }) : [];
    const { known, names } = await shownOwners(m, principal, rows.map((r) => r.ownerId));
    const indicators = rows.map((row) => {
      const view = indicatorView(row, known, names);
      const series = values.filter((v) => v.indicatorId === row.id).map((v) => ({ year: v.year, value: Number(v.value) }));
      const latest = latestReading(series);
      return { ...view, latest, expected: latest ? round(expectedIndicatorValue(view, latest.year)) : null, onTrack: indicatorOnTrack(view, latest), series };
    });
    const activities = await m.find(ProgramActivityEntity, {
      select: { id: true, title: true, status: true, effectGoalNumbers: true, indicatorIds: true },
      where: this.readable(principal, program.id),
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return { indicators, activities };
  }

  /** The activities naming the goal, each with which of the goal's indicators it names. */
  private serving(activities: Pick<ProgramActivityEntity, 'id' | 'title' | 'status' | 'effectGoalNumbers' | 'indicatorIds'>[], goalNumber: number, indicatorIds: string[]) {
    return activities
      .filter((a) => a.effectGoalNumbers.includes(goalNumber))
      .map((a) => ({ id: a.id, title: a.title, status: a.status, indicatorIds: a.indicatorIds.filter((id) => indicatorIds.includes(id)) }));
  }

  /** The program's activities the caller reads: the project office and managers all, a contact person their organization's. */
  private readable(principal: Principal, programId: string): FindOptionsWhere<ProgramActivityEntity> {
    return readsEverything(principal.role) ? { programId } : { programId, ownerOrganizationIds: ArrayContains([principal.organizationId ?? NO_ORGANIZATION]) };
  }
}

/** The line's value as a number of at most six decimals. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
