import { randomUUID } from 'node:crypto';
import type { Permission, Role } from '@gov/domain';
import { OrganizationRepository, PersonRepository, type OrganizationEntity, type PersonEntity } from '@gov/persistence';
import { ApiTokenService } from '../../apps/api/src/auth/api-token.service.js';
import type { TestSystem } from './system.js';

export interface TestPerson {
  person: PersonEntity;
  token: string;
}

/** An organization created through the application's own repository. */
export async function createOrganization(system: TestSystem, name = `Förvaltning ${randomUUID().slice(0, 8)}`): Promise<OrganizationEntity> {
  return system.api.get(OrganizationRepository).insert({ id: randomUUID(), name, type: 'department' });
}

/** A person with a role and a fresh API token, as the project office would register them. */
export async function createPerson(
  system: TestSystem,
  role: Role,
  options: { organizationId?: string; permissions?: Permission[]; externalSubject?: string; expiresAt?: Date | null; locale?: 'sv' | 'en'; displayName?: string } = {},
): Promise<TestPerson> {
  const id = randomUUID();
  const person = await system.api.get(PersonRepository).insert({
    id,
    displayName: options.displayName ?? `Test ${role} ${id.slice(0, 6)}`,
    email: `${role}.${id.slice(0, 8)}@example.se`,
    organizationId: options.organizationId ?? null,
    role,
    permissions: options.permissions ?? [],
    externalSubject: options.externalSubject ?? null,
    locale: options.locale ?? 'sv',
  });
  const { token } = await system.api.get(ApiTokenService).issue(person.id, 'test', options.expiresAt === undefined ? null : options.expiresAt);
  return { person, token };
}
