import { Inject, Injectable, Logger } from '@nestjs/common';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { AppConfig } from '@gov/config';

/**
 * Verifies OpenID Connect access tokens (JWT) from the configured issuer — Microsoft Entra ID or
 * any IdP with a JWKS: signature against the issuer's keys, issuer, audience, expiry, clock skew.
 */
@Injectable()
export class OidcVerifier {
  private readonly logger = new Logger(OidcVerifier.name);
  private keys?: Promise<JWTVerifyGetKey>;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return Boolean(this.config.auth.oidc);
  }

  /** The subject claim of a valid token, or null. */
  async verify(token: string): Promise<string | null> {
    const oidc = this.config.auth.oidc;
    if (!oidc) return null;
    try {
      const { payload } = await jwtVerify(token, await this.jwks(), {
        issuer: oidc.issuer,
        audience: oidc.audience,
        clockTolerance: oidc.clockSkewSeconds,
        requiredClaims: ['exp', oidc.subjectClaim],
      });
      const subject = payload[oidc.subjectClaim];
      return typeof subject === 'string' && subject ? subject : null;
    } catch (err) {
      // Never log the token itself.
      this.logger.debug(`OIDC token refused: ${(err as Error).message}`);
      return null;
    }
  }

  private jwks(): Promise<JWTVerifyGetKey> {
    this.keys ??= this.discoverJwks().catch((err) => {
      this.keys = undefined;
      throw err;
    });
    return this.keys;
  }

  private async discoverJwks(): Promise<JWTVerifyGetKey> {
    const oidc = this.config.auth.oidc!;
    let uri = oidc.jwksUri;
    if (!uri) {
      const res = await fetch(`${oidc.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
      if (!res.ok) throw new Error(`OIDC discovery answered ${res.status}`);
      uri = ((await res.json()) as { jwks_uri?: string }).jwks_uri;
      if (!uri) throw new Error('OIDC discovery document has no jwks_uri');
    }
    return createRemoteJWKSet(new URL(uri));
  }
}
