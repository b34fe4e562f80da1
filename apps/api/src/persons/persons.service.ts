import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { ApiTokenRepository, AuditTrail, OrganizationRepository, PersonalDataEraser, PersonRepository, type ApiTokenEntity, type PersonEntity } from '@gov/persistence';
import type { Role } from '@gov/domain';
import { DataSource } from 'typeorm';
import { ApiTokenService } from '../auth/api-token.service.js';
import type { Principal } from '../auth/principal.js';
import { PrincipalChanges } from '../auth/principal-changes.js';
import { isForeignKeyViolation, isUniqueViolation } from '../common/database-errors.js';
import { ValidationProblem } from '../common/problem-details.filter.js';
import { assertChanges } from '../common/validation.js';
import type { CreatePersonDto, IssuedTokenView, IssueTokenDto, PersonPageView, PersonView, PreferencesDto, TokenView, UpdatePersonDto } from './person.dto.js';

@Injectable()
export class PersonsService {
  constructor(
    @Inject(PersonRepository) private readonly persons: PersonRepository,
    @Inject(OrganizationRepository) private readonly organizations: OrganizationRepository,
    @Inject(ApiTokenRepository) private readonly tokenRows: ApiTokenRepository,
    @Inject(ApiTokenService) private readonly tokens: ApiTokenService,
    @Inject(PersonalDataEraser) private readonly eraser: PersonalDataEraser,
    @Inject(AuditTrail) private readonly trail: AuditTrail,
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(PrincipalChanges) private readonly principals: PrincipalChanges,
  ) {}

  /**
   * Erases a person on request (GDPR art. 17): name and address replaced everywhere, tokens and
   * identity binding dropped, the pseudonymous id kept so the audit trail stays verifiable.
   */
  async erase(principal: Principal, id: string): Promise<{ personId: string; rowsChanged: number }> {
    if (principal.personId === id) throw new ConflictException('You cannot erase your own account.');
    const erased = await this.db.transaction(async (m) => {
      const result = await this.eraser.erase(m, id);
      if (!result) throw notFound(id);
      await this.trail.record(
        { type: 'person.erased', actorKind: 'person', actorId: principal.personId, actorRole: principal.role, subjectPersonId: id, programId: null, workflowId: null, runId: null, dedupeKey: `person.erased/${id}/${randomUUID()}`, data: { personId: id, rowsChanged: result.rowsChanged } },
        m,
      );
      return { personId: id, rowsChanged: result.rowsChanged };
    });
    // Their open event streams end (other processes hear it from PostgreSQL).
    this.principals.announce(id);
    return erased;
  }

  async create(dto: CreatePersonDto): Promise<PersonView> {
    await this.assertOrganization(dto.organizationId);
    try {
      const person = await this.persons.insert({
        id: randomUUID(),
        displayName: dto.displayName,
        email: dto.email.toLowerCase(),
        organizationId: dto.organizationId ?? null,
        role: dto.role,
        permissions: dto.permissions ?? [],
        externalSubject: dto.externalSubject ?? null,
        locale: dto.locale ?? 'sv',
        mailDelivery: dto.mailDelivery ?? 'immediate',
        digestTime: dto.digestTime ?? '07:00',
      });
      return personView(person);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictException('A person with this email or identity already exists.');
      throw err;
    }
  }

  async list(principal: Principal, limit = 20, offset = 0, filter: { role?: Role; search?: string } = {}): Promise<PersonPageView> {
    const onlyOrg = principal.role === 'contact_person' ? principal.organizationId! : undefined;
    const [rows, total] = await this.persons.list(limit, offset, onlyOrg, filter);
    return { items: rows.map(personView), total, limit, offset };
  }

  async get(principal: Principal, id: string): Promise<PersonView> {
    return personView(await this.visible(principal, id));
  }

  async update(id: string, dto: UpdatePersonDto): Promise<PersonView> {
    assertChanges(dto);
    const current = await this.persons.findById(id);
    if (!current) throw notFound(id);
    const role = dto.role ?? current.role;
    const organizationId = dto.organizationId ?? current.organizationId;
    if (role === 'contact_person' && !organizationId) {
      throw new ValidationProblem([{ field: 'organizationId', message: 'a contact person needs an organization' }]);
    }
    await this.assertOrganization(dto.organizationId);
    try {
      const changes = { ...dto, ...(dto.email ? { email: dto.email.toLowerCase() } : {}) };
      return personView(await this.persons.update(id, changes));
    } catch (err) {
      if (isUniqueViolation(err)) throw new ConflictException('A person with this email or identity already exists.');
      throw err;
    }
  }

  /** A person's own language and mail preferences. */
  async updatePreferences(principal: Principal, dto: PreferencesDto): Promise<PersonView> {
    assertChanges(dto);
    return personView(await this.persons.update(principal.personId, dto));
  }

  async remove(principal: Principal, id: string): Promise<void> {
    if (!(await this.persons.findById(id))) throw notFound(id);
    if (principal.personId === id) throw new ConflictException('You cannot remove your own account.');
    try {
      await this.persons.delete(id);
    } catch (err) {
      // Still named where a person must be (an effect goal's indicator owner): hand it over first.
      if (isForeignKeyViolation(err)) throw new ConflictException('This person owns effect-goal indicators and cannot be removed while they do; erase their personal data instead (POST /persons/{id}/erase).');
      throw err;
    }
    this.principals.announce(id);
  }

  async issueToken(principal: Principal, personId: string, dto: IssueTokenDto): Promise<IssuedTokenView> {
    // Anyone may issue tokens for themselves; the project office may issue them for anyone.
    if (principal.personId !== personId && principal.role !== 'project_office') throw notFound(personId);
    if (!(await this.persons.findById(personId))) throw notFound(personId);
    const expiresAt = new Date(Date.now() + (dto.expiresInDays ?? 90) * 86_400_000);
    const { token, entity } = await this.tokens.issue(personId, dto.name, expiresAt);
    return { ...tokenView(entity), token };
  }

  async listTokens(personId: string): Promise<TokenView[]> {
    return (await this.tokenRows.listForPerson(personId)).map(tokenView);
  }

  async revokeToken(principal: Principal, tokenId: string): Promise<void> {
    const token = await this.tokenRows.findById(tokenId);
    if (!token || (token.personId !== principal.personId && principal.role !== 'project_office')) {
      throw new NotFoundException(`Token ${tokenId} not found`);
    }
    await this.tokenRows.revoke(tokenId);
    // Streams opened with it end now (other processes hear it from PostgreSQL).
    this.principals.announce(token.personId);
  }

  private async visible(principal: Principal, id: string): Promise<PersonEntity> {
    const person = await this.persons.findById(id);
    // Contact persons see themselves and their own organization's people; anything else is "not found".
    if (!person || (principal.role === 'contact_person' && person.organizationId !== principal.organizationId)) throw notFound(id);
    return person;
  }

  private async assertOrganization(organizationId: string | undefined): Promise<void> {
    if (organizationId && !(await this.organizations.findById(organizationId))) {
      throw new ValidationProblem([{ field: 'organizationId', message: `organization ${organizationId} does not exist` }]);
    }
  }
}

function notFound(id: string) {
  return new NotFoundException(`Person ${id} not found`);
}

export function personView(p: PersonEntity): PersonView {
  return {
    id: p.id,
    displayName: p.displayName,
    email: p.email,
    role: p.role,
    organizationId: p.organizationId,
    permissions: p.permissions,
    externalSubject: p.externalSubject,
    locale: p.locale,
    mailDelivery: p.mailDelivery,
    digestTime: p.digestTime,
  };
}

function tokenView(t: ApiTokenEntity): TokenView {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  };
}
