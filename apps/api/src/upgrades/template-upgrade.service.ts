import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { planOf, templateUpgradeReport, type Governance } from '@gov/domain';
import { NeedEntity, ProgramEntity } from '@gov/persistence';
import { updateStep, WorkflowCommands, TaskCommandRefused } from '@gov/temporal';
import { programWorkflowId, type PlanUpgrade } from '@gov/temporal/contracts';
import type { Principal } from '../auth/principal.js';
import { asCommand } from '../common/database-errors.js';
import { ValidationProblem } from '../common/problem-details.filter.js';
import { positionOf, ProgramContext } from '../phased/program-context.js';
import type { TemplateUpgradeDto, TemplateUpgradeView } from './template-upgrade.dto.js';

/**
 * Moves a running program onto a newer version of its template: a dry run reports what changes
 * for this program (before, in or after its position) and what cannot apply; applied, the program's
 * row and its workflow's plan change as one command, on the record.
 */
@Injectable()
export class TemplateUpgradeService {
  constructor(
    @Inject(ProgramContext) private readonly ctx: ProgramContext,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
  ) {}

  async upgrade(principal: Principal, programId: string, dto: TemplateUpgradeDto, dryRun: boolean): Promise<TemplateUpgradeView> {
    const outcome = await this.ctx.locked(programId, 'exclusive', async (m, program) => {
      const from = await this.ctx.template(program, m);
      const to = await this.ctx.templates.find(program.templateKey, dto.toVersion, m);
      if (!to) throw new ValidationProblem([{ field: 'toVersion', message: `template ${program.templateKey} has no version ${dto.toVersion}; it has ${(await this.ctx.templates.versions(program.templateKey, m)).join(', ')}` }]);
      const report = templateUpgradeReport(from, to, positionOf(program), program.governance);
      // A need category the new version drops may not be in use.
      const dropped = program.governance.needCategories.map((c) => c.key).filter((k) => report.governance && !report.governance.needCategories.some((c) => c.key === k));
      const inUse = dropped.length ? await m.countBy(NeedEntity, { programId, categoryKey: In(dropped) }) : 0;
      if (inUse) report.refusals.push(`${inUse} needs have a category the new version drops (${dropped.join(', ')}).`);
      const view: TemplateUpgradeView = {
        programId,
        templateKey: program.templateKey,
        fromVersion: from.version,
        toVersion: to.version,
        position: { phaseKey: program.phaseKey, stepKey: program.stepKey },
        changes: report.changes,
        refusals: report.refusals,
        applicable: report.refusals.length === 0,
        applied: false,
        dryRun,
      };
      if (dryRun || report.refusals.length) return { view, command: null, before: null };
      const before = { templateVersion: program.templateVersion, governance: program.governance };
      await m.update(ProgramEntity, { id: programId }, { templateVersion: to.version, governance: report.governance as Governance });
      await this.ctx.record(m, principal, programId, 'program.template_upgraded', { templateKey: program.templateKey, fromVersion: from.version, toVersion: to.version, changes: report.changes.length });
      const upgrade: PlanUpgrade = { templateVersion: to.version, plan: planOf(to, report.governance) };
      const command = await this.commands.record(m, [updateStep(programWorkflowId(programId), 'upgradePlan', upgrade)]);
      return { view: { ...view, applied: true }, command, before };
    });
    if (!outcome.command) {
      if (outcome.view.refusals.length && !dryRun) throw new ConflictException({ detail: outcome.view.refusals.join(' '), report: outcome.view });
      return outcome.view;
    }
    try {
      await asCommand(() => this.commands.deliver(outcome.command!));
    } catch (err) {
      // The workflow refused (the program moved on meanwhile): the row goes back to the version it ran.
      if (err instanceof TaskCommandRefused || err instanceof ConflictException) {
        await this.ctx.db.manager.update(ProgramEntity, { id: programId, templateVersion: dto.toVersion }, { templateVersion: outcome.before!.templateVersion, governance: outcome.before!.governance });
      }
      throw err;
    }
    return outcome.view;
  }
}
