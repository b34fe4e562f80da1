import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Governance } from '@gov/domain';
import { FocusAreaEntity } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { ValidationProblem, type FieldError } from '../common/problem-details.filter.js';
import type { SetFocusAreasDto } from './phased.dto.js';
import { keysOf, unknown } from './governance-lists.js';
import { NeedsGatheringService } from './needs-gathering.service.js';
import { ProgramContext } from './program-context.js';

/** Phase I's focus areas, chosen beside the needs per category. */
@Injectable()
export class FocusAreasService {
  constructor(
    @Inject(ProgramContext) private readonly ctx: ProgramContext,
    @Inject(NeedsGatheringService) private readonly gathering: NeedsGatheringService,
  ) {}

  /** Chooses the focus areas (never more than the template's number), each linked to the categories it answers. */
  setFocusAreas(principal: Principal, programId: string, dto: SetFocusAreasDto) {
    return this.ctx.edit(programId, 'focusAreas', async (m, { governance: g }) => {
      const errors: FieldError[] = [];
      if (dto.focusAreas.length > (g.focusAreas?.count ?? 0)) {
        errors.push({ field: 'focusAreas', message: `the program has ${(g.focusAreas?.count ?? 0)} focus areas; ${dto.focusAreas.length} given` });
      }
      const keys = dto.focusAreas.map((f) => f.key);
      if (new Set(keys).size !== keys.length) errors.push({ field: 'focusAreas', message: 'focus area keys must differ' });
      const categories = keysOf(g.needCategories);
      dto.focusAreas.forEach((f, i) => {
        f.categoryKeys.forEach((c, j) => {
          if (!categories.includes(c)) errors.push(unknown(`focusAreas.${i}.categoryKeys.${j}`, c, categories));
        });
        if (!f.name && !(g.focusAreas?.suggestions ?? []).some((s) => s.key === f.key)) errors.push({ field: `focusAreas.${i}.name`, message: `required: '${f.key}' is not one of the suggested focus areas` });
      });
      if (errors.length) throw new ValidationProblem(errors);
      await m.delete(FocusAreaEntity, { programId });
      const rows = dto.focusAreas.map((f, position) => {
        const name = f.name ?? (g.focusAreas?.suggestions ?? []).find((s) => s.key === f.key)!.name;
        return { programId, key: f.key, position, nameSv: name.sv, nameEn: name.en, categoryKeys: f.categoryKeys };
      });
      if (rows.length) await m.insert(FocusAreaEntity, rows);
      await this.ctx.record(m, principal, programId, 'focus_areas.set', { focusAreas: keys.join(',') });
      return this.focusAreasOf(m, programId, g);
    });
  }

  async focusAreas(programId: string) {
    const program = await this.ctx.read(programId);
    return this.focusAreasOf(this.ctx.db.manager, programId, program.governance);
  }

  /** The chosen focus areas, and the needs per category beside them to support the choice. */
  private async focusAreasOf(m: EntityManager, programId: string, g: Governance) {
    const rows = await m.find(FocusAreaEntity, { where: { programId }, order: { position: 'ASC' } });
    const stats = await this.gathering.statistics(programId);
    return {
      required: (g.focusAreas?.count ?? 0),
      suggestions: (g.focusAreas?.suggestions ?? []),
      focusAreas: rows.map((r) => ({
        key: r.key,
        name: { sv: r.nameSv, en: r.nameEn },
        categories: r.categoryKeys.map((k) => ({ key: k, name: g.needCategories.find((c) => c.key === k)?.name, needs: stats.byCategory.find((c) => c.key === k)?.count ?? 0 })),
      })),
      needsPerCategory: stats.byCategory,
    };
  }
}
