import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { effectiveGovernance, GENERIC_STEP_CONFIG, malformedTextPaths, parseProgramTemplate, STEP_KINDS, templateJsonSchema, TemplateValidationError, type ProgramTemplate } from '@gov/domain';
import { AuditTrail, TemplateStore, type StoredTemplate } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { asCommand } from '../common/database-errors.js';
import { ValidationProblem } from '../common/problem-details.filter.js';
import { templateView } from '../programs/programs.service.js';
import type { GovernanceView } from '../phased/phased.views.js';
import type { StepKindView, TemplateBodyView, TemplatePageView, TemplateVersionView } from './template.views.js';

/** The program templates: the built-in files and the versions the project office registers. */
@Injectable()
export class TemplatesService {
  constructor(
    @Inject(TemplateStore) private readonly store: TemplateStore,
    @Inject(AuditTrail) private readonly trail: AuditTrail,
    @Inject(DataSource) private readonly db: DataSource,
  ) {}

  async list(): Promise<TemplatePageView> {
    const all = await this.store.all();
    const newest = new Map<string, StoredTemplate>();
    for (const s of all) if ((newest.get(s.template.key)?.template.version ?? 0) < s.template.version) newest.set(s.template.key, s);
    return { items: [...newest.values()].map((s) => this.summary(s, all)) };
  }

  async version(key: string, version: number): Promise<TemplateBodyView> {
    const stored = await this.store.findStored(key, version);
    if (!stored) throw new NotFoundException(`Template ${key} has no version ${version}`);
    return { summary: this.summary(stored, await this.store.all()), template: stored.template as unknown as Record<string, unknown> };
  }

  async governance(key: string, version: number): Promise<GovernanceView> {
    const stored = await this.store.findStored(key, version);
    if (!stored) throw new NotFoundException(`Template ${key} has no version ${version}`);
    try {
      return effectiveGovernance(stored.template, {}) as unknown as GovernanceView;
    } catch (err) {
      if (err instanceof TemplateValidationError) throw new ConflictException(`Template ${key} v${version} has no governed phases, so no lists`);
      throw err;
    }
  }

  schema(): Record<string, unknown> {
    return templateJsonSchema();
  }

  kinds(): StepKindView[] {
    return [...STEP_KINDS.values()].map((k) => ({
      key: k.key,
      name: k.name,
      edits: [...k.edits],
      needs: [...k.needs],
      recurring: Boolean(k.recursEvery),
      ...(k.key in GENERIC_STEP_CONFIG ? { configuredBy: k.key } : {}),
    }));
  }

  /**
   * Registers a template version: validated as a whole (each problem named by its path, nothing
   * stored when there is one), a version higher than any of its key, the same kind as the key's
   * earlier versions; stored immutable, with its audit entry.
   */
  async register(principal: Principal, body: unknown): Promise<TemplateVersionView> {
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ValidationProblem([{ field: '(body)', message: 'a template is a JSON object (GET /templates/schema)' }]);
    const malformed = malformedTextPaths(body);
    if (malformed.length) throw new ValidationProblem(malformed.map((field) => ({ field, message: 'not well-formed Unicode text (a lone surrogate)' })));
    let template: ProgramTemplate;
    try {
      template = parseProgramTemplate(body);
    } catch (err) {
      if (err instanceof TemplateValidationError) throw new ValidationProblem(err.issues.map((i) => ({ field: i.path || '(body)', message: i.message })));
      throw err;
    }
    const stored = await asCommand(() =>
      this.db.transaction(async (m) => {
        // One registration of a key at a time, so two versions cannot pass the checks together.
        await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`template:${template.key}`]);
        const versions = await this.store.versions(template.key, m);
        if (versions.includes(template.version)) throw new ConflictException(`Template ${template.key} v${template.version} exists already; a version never changes once stored. Register version ${Math.max(...versions) + 1}.`);
        if (versions.length && template.version < Math.max(...versions)) {
          throw new ValidationProblem([{ field: 'version', message: `must be higher than the newest version of ${template.key}, ${Math.max(...versions)}` }]);
        }
        const earlier = versions.length ? await this.store.find(template.key, Math.max(...versions), m) : undefined;
        if (earlier && earlier.kind !== template.kind) throw new ValidationProblem([{ field: 'kind', message: `${template.key} is a ${earlier.kind} template; a new version keeps its kind` }]);
        if (!(await this.store.register(body, template, principal.personId, m))) throw new ConflictException(`Template ${template.key} v${template.version} exists already.`);
        await this.trail.record(
          {
            type: 'template.registered',
            actorKind: 'person',
            actorId: principal.personId,
            actorRole: principal.role,
            programId: null,
            workflowId: null,
            runId: null,
            dedupeKey: `template-${template.key}/v${template.version}`,
            data: { templateKey: template.key, templateVersion: template.version, kind: template.kind, phases: template.phases.length },
          },
          m,
        );
        return this.store.findStored(template.key, template.version, m);
      }),
    );
    return this.summary(stored!, await this.store.all());
  }

  private summary(s: StoredTemplate, all: StoredTemplate[]): TemplateVersionView {
    return {
      ...templateView(s.template),
      builtIn: s.builtIn,
      registeredAt: s.registeredAt?.toISOString() ?? null,
      versions: all.filter((x) => x.template.key === s.template.key).map((x) => x.template.version).sort((a, b) => a - b),
    };
  }
}
