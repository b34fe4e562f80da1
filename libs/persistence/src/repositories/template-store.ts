import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { builtInTemplates, parseProgramTemplate, type ProgramTemplate } from '@gov/domain';
import { ProgramTemplateEntity } from '../entities/program-template.entity.js';

export interface StoredTemplate {
  template: ProgramTemplate;
  builtIn: boolean;
  registeredBy: string | null;
  registeredAt: Date | null;
}

/**
 * Every template a program can run: the built-in files and the versions the project office
 * registered. A version never changes once stored, so what was read once is kept in memory.
 */
@Injectable()
export class TemplateStore {
  private readonly registered = new Map<string, StoredTemplate>();

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** A template by key and version (the newest without one); undefined when there is none. */
  async find(key: string, version?: number, manager?: EntityManager): Promise<ProgramTemplate | undefined> {
    return (await this.findStored(key, version, manager))?.template;
  }

  async findStored(key: string, version?: number, manager?: EntityManager): Promise<StoredTemplate | undefined> {
    if (version !== undefined) {
      const builtIn = builtInTemplates().find((t) => t.key === key && t.version === version);
      if (builtIn) return { template: builtIn, builtIn: true, registeredBy: null, registeredAt: null };
      const cached = this.registered.get(`${key}@${version}`);
      if (cached) return cached;
      const row = await (manager ?? this.dataSource.manager).findOneBy(ProgramTemplateEntity, { key, version });
      return row ? this.remember(row) : undefined;
    }
    const versions = await this.versions(key, manager);
    return versions.length ? this.findStored(key, Math.max(...versions), manager) : undefined;
  }

  /** The versions a key has, built-in and registered, lowest first. */
  async versions(key: string, manager?: EntityManager): Promise<number[]> {
    const rows = await (manager ?? this.dataSource.manager).find(ProgramTemplateEntity, { select: { version: true }, where: { key } });
    return [...new Set([...builtInTemplates().filter((t) => t.key === key).map((t) => t.version), ...rows.map((r) => r.version)])].sort((a, b) => a - b);
  }

  /** Every template version, built-in ones first, then registered ones by key and version. */
  async all(): Promise<StoredTemplate[]> {
    const rows = await this.dataSource.manager.find(ProgramTemplateEntity, { order: { key: 'ASC', version: 'ASC' } });
    return [...builtInTemplates().map((template) => ({ template, builtIn: true, registeredBy: null, registeredAt: null })), ...rows.map((r) => this.remember(r))];
  }

  /** Stores a validated template version in the caller's transaction; false when the version exists already. */
  async register(body: unknown, template: ProgramTemplate, registeredBy: string | null, manager: EntityManager): Promise<boolean> {
    if (builtInTemplates().some((t) => t.key === template.key && t.version === template.version)) return false;
    const rows: unknown[] = await manager.query(
      `INSERT INTO "program_templates" ("key", "version", "kind", "body", "registered_by") VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING "key"`,
      [template.key, template.version, template.kind, JSON.stringify(body), registeredBy],
    );
    return rows.length === 1;
  }

  private remember(row: ProgramTemplateEntity): StoredTemplate {
    const id = `${row.key}@${row.version}`;
    const known = this.registered.get(id);
    if (known) return known;
    const stored = { template: parseProgramTemplate(row.body), builtIn: false, registeredBy: row.registeredBy, registeredAt: row.registeredAt };
    this.registered.set(id, stored);
    return stored;
  }
}
