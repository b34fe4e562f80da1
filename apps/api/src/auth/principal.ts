import type { Permission, Role } from '@gov/domain';
import type { PersonEntity } from '@gov/persistence';

/** Who is calling: resolved once per request by the auth guard. */
export interface Principal {
  personId: string;
  role: Role;
  organizationId: string | null;
  permissions: Permission[];
  via: 'api-token' | 'oidc';
}

export function principalOf(person: PersonEntity, via: Principal['via']): Principal {
  return { personId: person.id, role: person.role, organizationId: person.organizationId, permissions: person.permissions, via };
}
