import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ApiTokenRepository, type ApiTokenEntity } from '@gov/persistence';
import { principalOf, type Principal } from './principal.js';

export const TOKEN_PREFIX = 'gov_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface IssuedToken {
  /** Shown once; only its hash is stored. */
  token: string;
  entity: ApiTokenEntity;
}

@Injectable()
export class ApiTokenService {
  constructor(@Inject(ApiTokenRepository) private readonly tokens: ApiTokenRepository) {}

  async issue(personId: string, name: string, expiresAt: Date | null, manager?: EntityManager): Promise<IssuedToken> {
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const entity = await this.tokens.insert(
      { id: randomUUID(), personId, name, tokenHash: hashToken(token), prefix: token.slice(0, 12), expiresAt },
      manager,
    );
    return { token, entity };
  }

  /** The caller behind a token, or null when the token is unknown, revoked or expired. */
  async authenticate(token: string): Promise<Principal | null> {
    const found = await this.tokens.findUsable(hashToken(token));
    if (!found?.person || (found.expiresAt && found.expiresAt.getTime() <= Date.now())) return null;
    // "Last used" to the minute: one write a minute per token, not one per request.
    if (!found.lastUsedAt || Date.now() - found.lastUsedAt.getTime() > 60_000) void this.tokens.touch(found.id).catch(() => undefined);
    return principalOf(found.person, 'api-token');
  }
}
