import type { Permission, Role } from '@gov/domain';

/** Who is calling: resolved once per request by the auth guard. */
export interface Principal {
  personId: string;
  role: Role;
  organizationId: string | null;
  permissions: Permission[];
  via: 'api-token' | 'oidc';
}
