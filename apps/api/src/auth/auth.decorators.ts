import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOperation, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ROLE_LABELS, type Role } from '@gov/domain';
import type { Principal } from './principal.js';

export const PUBLIC_KEY = 'auth:public';
export const ROLES_KEY = 'auth:roles';

/** No authentication (health, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * Which roles may call an endpoint, documented in OpenAPI with the 401/403/429 answers.
 * Managers are refused every command by the guard, whatever is listed here.
 */
export function Access(summary: string, ...roles: Role[]) {
  const who = roles.map((r) => `${ROLE_LABELS[r].en} (${ROLE_LABELS[r].sv})`).join(', ');
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiOperation({ summary, description: `Required role: ${who}.` }),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Missing, invalid, expired or revoked token' }),
    ApiForbiddenResponse({ description: `Role not allowed (allowed: ${roles.join(', ')})` }),
    ApiTooManyRequestsResponse({ description: 'Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again' }),
  );
}

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest<{ principal: Principal }>().principal;
});
