import { ForbiddenException, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { isReadOnlyMethod, mayIssueCommands, type Role } from '@gov/domain';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators.js';
import { Authenticator } from './authenticator.js';
import type { Principal } from './principal.js';

/** Authenticates every request (API token or OIDC access token) and checks the endpoint's roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(Authenticator) private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    // Usually answered already: the rate limiter authenticated the request to count it per person.
    const principal = await this.authenticator.forRequest(request);
    request.principal = principal;

    if (!isReadOnlyMethod(request.method) && !mayIssueCommands(principal.role)) {
      throw new ForbiddenException('Managers have read-only access: commands are refused.');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(principal.role)) {
      throw new ForbiddenException(`This action needs one of the roles: ${roles.join(', ')}.`);
    }
    return true;
  }
}
