import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { effectiveGovernance, gateOutcomesOf, planOf, TemplateValidationError, type Governance, type ProgramTemplate } from '@gov/domain';
import { DataSource } from 'typeorm';
import { ProgramRepository, TemplateStore, type ProgramEntity } from '@gov/persistence';
import { ProgramWorkflows, WorkflowCommands } from '@gov/temporal';
import { programWorkflowId, type ProgramState } from '@gov/temporal/contracts';
import type { Principal } from '../auth/principal.js';
import { knownPersons, shownPerson } from '../auth/read-scope.js';
import { isUnavailable } from '../common/database-errors.js';
import { ValidationProblem } from '../common/problem-details.filter.js';
import type { CreateProgramDto, PhaseDefinitionView, ProgramPageView, ProgramView, TemplateView } from './program.dto.js';

@Injectable()
export class ProgramsService {
  private readonly logger = new Logger(ProgramsService.name);

  constructor(
    @Inject(ProgramRepository) private readonly programs: ProgramRepository,
    @Inject(ProgramWorkflows) private readonly workflows: ProgramWorkflows,
    @Inject(WorkflowCommands) private readonly commands: WorkflowCommands,
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(TemplateStore) private readonly store: TemplateStore,
  ) {}

  /**
   * Stores the program with its workflow's start recorded in the same transaction, then delivers
   * the start: the worker never runs a program whose row is not committed, and a crash or a
   * Temporal outage in between is repaired by the reconciler.
   */
  async create(dto: CreateProgramDto, requestedBy?: string): Promise<ProgramView> {
    const template = await this.store.find(dto.templateKey, dto.templateVersion);
    if (!template) {
      const versions = await this.store.versions(dto.templateKey);
      throw new ValidationProblem(
        versions.length
          ? [{ field: 'templateVersion', message: `template ${dto.templateKey} has no version ${dto.templateVersion}; it has ${versions.join(', ')}` }]
          : [{ field: 'templateKey', message: `there is no template '${dto.templateKey}' (GET /templates lists them)` }],
      );
    }
    let governance: Governance | null = null;
    // A program with steps is governed: its lists and settings, from the template with the program's overrides.
    if (template.governance || template.phases.some((p) => p.steps.length)) {
      try {
        governance = effectiveGovernance(template, dto.governance);
      } catch (err) {
        if (err instanceof TemplateValidationError) throw new ValidationProblem(err.issues.map((i) => ({ field: i.path, message: i.message })));
        throw err;
      }
    } else if (dto.governance) {
      throw new ValidationProblem([{ field: 'governance', message: `template ${template.key} v${template.version} has no governance to override` }]);
    }
    const id = randomUUID();
    try {
      const { entity, command } = await this.programs.transaction(async (manager) => {
        const row = await this.programs.insert(
          {
            id,
            name: dto.name,
            templateKey: template.key,
            templateVersion: template.version,
            workflowId: programWorkflowId(id),
            governance,
            ownerId: requestedBy ?? null,
            gateOwnerId: null,
            status: 'active',
            phaseKey: template.phases[0].key,
            stepKey: null,
            stepStatus: null,
            stepTaskId: null,
            gateTaskId: null,
            networkKickoffAt: null,
          },
          manager,
        );
        // The workflow's start is recorded with the row and delivered after the commit.
        const recorded = await this.commands.record(manager, [
          this.workflows.startStep({
            programId: id,
            templateKey: template.key,
            templateVersion: template.version,
            requestedBy,
            ...(governance ? { settings: { yearlyCheckEvery: governance.durations.yearlyCheckEvery } } : {}),
            plan: planOf(template, governance),
          }),
        ]);
        return { entity: row, command: recorded };
      });
      await this.commands.deliverOrLeave(command);
      return this.view(entity, await this.liveState(id), undefined, template.kind);
    } catch (err) {
      if (isUnavailable(err)) throw new ServiceUnavailableException('The program could not be created now: a backing service is unavailable. Nothing was stored; try again.');
      throw err;
    }
  }

  async get(principal: Principal, id: string): Promise<ProgramView> {
    const entity = await this.programs.findById(id);
    if (!entity) throw new NotFoundException(`Program ${id} not found`);
    const known = await knownPersons(this.db.manager, principal, [entity.gateOwnerId]);
    const template = await this.store.find(entity.templateKey, entity.templateVersion);
    const view = this.view(entity, await this.liveState(id), known, template?.kind);
    return template ? { ...view, phases: phasesOf(template) } : view;
  }

  /** The templates a program can be created from, newest version of each. */
  async templates(): Promise<TemplateView[]> {
    const newest = new Map<string, ProgramTemplate>();
    for (const { template } of await this.store.all()) if ((newest.get(template.key)?.version ?? 0) < template.version) newest.set(template.key, template);
    return [...newest.values()].map(templateView);
  }

  async list(principal: Principal, limit = 20, offset = 0): Promise<ProgramPageView> {
    const [rows, total] = await this.programs.list(limit, offset);
    const known = await knownPersons(this.db.manager, principal, rows.map((r) => r.gateOwnerId));
    // Template versions never change once stored, so the store answers these from memory after the first read.
    const kinds = await Promise.all(rows.map(async (r) => (await this.store.find(r.templateKey, r.templateVersion))?.kind));
    return { items: rows.map((r, i) => this.view(r, undefined, known, kinds[i])), total, limit, offset };
  }

  private async liveState(id: string): Promise<ProgramState | null> {
    try {
      return await this.workflows.state(id);
    } catch (err) {
      this.logger.warn(`Live state of program ${id} unavailable: ${(err as Error).message}`);
      return null;
    }
  }

  /** `known`: the persons the caller may learn about (the gate's decision maker); everyone when omitted (the creator). */
  private view(entity: ProgramEntity, live?: ProgramState | null, known?: Set<string>, kind?: ProgramView['kind']): ProgramView {
    const view: ProgramView = {
      id: entity.id,
      name: entity.name,
      templateKey: entity.templateKey,
      templateVersion: entity.templateVersion,
      ...(kind ? { kind } : {}),
      workflowId: entity.workflowId,
      createdAt: entity.createdAt.toISOString(),
    };
    if (entity.governance) {
      view.position = {
        status: entity.status,
        phaseKey: entity.phaseKey,
        stepKey: entity.stepKey,
        stepStatus: entity.stepStatus,
        stepTaskId: entity.stepTaskId,
        gateTaskId: entity.gateTaskId,
        gateOwnerId: known ? shownPerson(known, entity.gateOwnerId) : entity.gateOwnerId,
      };
    }
    if (live !== undefined) {
      view.live = live && {
        status: live.status,
        currentPhaseKey: live.currentPhaseKey,
        phases: live.phases,
        startedAt: live.startedAt,
        ...(live.gate !== undefined ? { gate: live.gate, activePhaseWorkflowId: live.activePhaseWorkflowId ?? null } : {}),
      };
    }
    return view;
  }
}

export function templateView(t: ProgramTemplate): TemplateView {
  return { key: t.key, version: t.version, kind: t.kind, name: t.name, description: t.description, phases: phasesOf(t) };
}

export function phasesOf(template: ProgramTemplate): PhaseDefinitionView[] {
  return template.phases.map((p) => {
    const outcomes = gateOutcomesOf(p).map((o) => ({ key: o.key, name: o.name, effect: o.effect, ...(o.to ? { to: o.to } : {}), commentRequired: o.commentRequired }));
    return { key: p.key, name: p.name, gate: outcomes.length > 0, outcomes, steps: p.steps.map((s) => ({ key: s.key, name: s.name, kind: s.kind })) };
  });
}

