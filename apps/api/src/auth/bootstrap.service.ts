import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@gov/config';
import { OrganizationRepository, PersonRepository } from '@gov/persistence';
import { ApiTokenService } from './api-token.service.js';

const BOOTSTRAP_LOCK_KEY = 4_711_2020;

/**
 * On first start with no persons, creates the project office (Projektkontoret) and one
 * project-office account, and prints its API token once.
 */
@Injectable()
export class BootstrapService implements OnApplicationBootstrap {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OrganizationRepository) private readonly organizations: OrganizationRepository,
    @Inject(PersonRepository) private readonly persons: PersonRepository,
    @Inject(ApiTokenService) private readonly tokens: ApiTokenService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const token = await this.createFirstAccount();
    if (!token) return;
    const base = this.config.http.publicUrl ?? `http://${this.config.http.host === '0.0.0.0' ? 'localhost' : this.config.http.host}:${this.config.http.port}`;
    // Printed to stdout on purpose, once: it is not a log line and is never stored in clear.
    process.stdout.write(
      [
        '',
        '================ First project-office account (Projektkontoret) ================',
        `API token (shown once, store it safely): ${token}`,
        `Sign in to the web UI at ${base}/app/ with it, or try: curl -H "Authorization: Bearer ${token}" ${base}/me`,
        '================================================================================',
        '',
      ].join('\n'),
    );
  }

  /** The new account's token, or null when persons already exist. Serialized across API instances. */
  async createFirstAccount(): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK_KEY]);
      if ((await this.persons.count(manager)) > 0) return null;
      const office =
        (await this.organizations.findByName('Projektkontoret')) ??
        (await this.organizations.insert({ id: randomUUID(), name: 'Projektkontoret', type: 'department' }, manager));
      const person = await this.persons.insert(
        {
          id: randomUUID(),
          displayName: 'Projektkontoret (administratör)',
          email: 'projektkontoret@localhost.invalid',
          organizationId: office.id,
          role: 'project_office',
          permissions: ['gate.decide'],
          externalSubject: null,
          locale: 'sv',
        },
        manager,
      );
      return (await this.tokens.issue(person.id, 'bootstrap', null, manager)).token;
    });
  }
}
