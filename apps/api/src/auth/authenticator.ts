import { ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { PersonRepository } from '@gov/persistence';
import { ApiTokenService, TOKEN_PREFIX } from './api-token.service.js';
import { OidcVerifier } from './oidc-verifier.js';
import { principalOf, type Principal } from './principal.js';

const AUTHENTICATION = Symbol('authentication');

type WithAuthentication = FastifyRequest & { [AUTHENTICATION]?: Promise<Principal> };

/**
 * Who is calling, from the Authorization header (an API token or an OpenID Connect access token).
 * A request is authenticated once: the rate limiter (which counts per person) and the auth guard
 * share the answer.
 */
@Injectable()
export class Authenticator {
  constructor(
    @Inject(ApiTokenService) private readonly tokens: ApiTokenService,
    @Inject(OidcVerifier) private readonly oidc: OidcVerifier,
    @Inject(PersonRepository) private readonly persons: PersonRepository,
  ) {}

  /** The request's caller, authenticated on first use; refusals are HttpExceptions (401, 403). */
  forRequest(request: FastifyRequest): Promise<Principal> {
    const carrier = request as WithAuthentication;
    carrier[AUTHENTICATION] ??= this.authenticate(request.headers.authorization);
    return carrier[AUTHENTICATION];
  }

  /** The caller behind an Authorization header, checked afresh (e.g. again for an open event stream). */
  async authenticate(header: string | undefined): Promise<Principal> {
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
