import { ForbiddenException, Inject, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { isReadOnlyMethod, mayIssueCommands, type Role } from '@gov/domain';
import { PersonRepository } from '@gov/persistence';
import { ApiTokenService, TOKEN_PREFIX } from './api-token.service.js';
import { PUBLIC_KEY, ROLES_KEY } from './auth.decorators.js';
import { OidcVerifier } from './oidc-verifier.js';
import { principalOf, type Principal } from './principal.js';

/** Authenticates every request (API token or OIDC access token) and checks the endpoint's roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(ApiTokenService) private readonly tokens: ApiTokenService,
    @Inject(OidcVerifier) private readonly oidc: OidcVerifier,
    @Inject(PersonRepository) private readonly persons: PersonRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    const principal = await this.authenticate(request.headers.authorization);
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

  private async authenticate(header: string | undefined): Promise<Principal> {
    const match = /^Bearer ([A-Za-z0-9._~+/=-]{10,4096})$/.exec(header ?? '');
    if (!match) throw new UnauthorizedException('A bearer token is required (Authorization: Bearer <token>).');
    const token = match[1];
    if (token.startsWith(TOKEN_PREFIX)) {
      const principal = await this.tokens.authenticate(token);
      if (!principal) throw new UnauthorizedException('The API token is unknown, revoked or expired.');
      return principal;
    }
    if (!this.oidc.enabled) throw new UnauthorizedException('Unknown token type: OpenID Connect sign-in is not configured.');
    const subject = await this.oidc.verify(token);
    if (!subject) throw new UnauthorizedException('The access token is invalid or expired.');
    const person = await this.persons.findByExternalSubject(subject);
    if (!person) throw new ForbiddenException('No person in the system is bound to this identity.');
    return principalOf(person, 'oidc');
  }
}
