import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@gov/config';
import { OrganizationRepository, PersonRepository } from '@gov/persistence';
import { ApiTokenService } from './api-token.service.js';

const BOOTSTRAP_LOCK_KEY = 4_711_2020;
/** The first token is for getting started: it ends after a week (issue personal tokens with it). */
export const BOOTSTRAP_TOKEN_DAYS = 7;
export const BOOTSTRAP_EMAIL = 'projektkontoret@localhost.invalid';

/**
 * On first start with no persons, creates the project office (Projektkontoret) and one
 * project-office account, and prints its API token once (it expires after BOOTSTRAP_TOKEN_DAYS).
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
    const first = await this.createFirstAccount();
    if (!first) return;
    const base = this.config.publicUrl;
    // Printed to stdout on purpose, once: it is not a log line and is never stored in clear.
    process.stdout.write(
      [
        '',
        '================ First project-office account (Projektkontoret) ================',
        `API token (shown once, store it safely; it expires ${first.expiresAt.toISOString().slice(0, 10)}): ${first.token}`,
        `Sign in to the web UI at ${base}/app/ with it, or: curl -H "Authorization: Bearer $TOKEN" ${base}/me`,
        `Rotate it: issue a personal token (People › the account › New token, or POST ${base}/persons/${first.personId}/tokens),`,
        `then revoke this one (DELETE ${base}/tokens/${first.tokenId}). Locked out? npm run issue-token -- ${BOOTSTRAP_EMAIL}`,
        '================================================================================',
        '',
      ].join('\n'),
    );
  }

  /** The new account's token, or null when persons already exist. Serialized across API instances. */
  async createFirstAccount(): Promise<{ token: string; tokenId: string; personId: string; expiresAt: Date } | null> {
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
          email: BOOTSTRAP_EMAIL,
          organizationId: office.id,
          role: 'project_office',
          permissions: ['gate.decide'],
          externalSubject: null,
          locale: 'sv',
        },
        manager,
      );
      const expiresAt = new Date(Date.now() + BOOTSTRAP_TOKEN_DAYS * 86_400_000);
      const { token, entity } = await this.tokens.issue(person.id, 'bootstrap', expiresAt, manager);
      return { token, tokenId: entity.id, personId: person.id, expiresAt };
    });
  }
}
