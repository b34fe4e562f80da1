import type { Server } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';
import { freePort } from '@gov/devstack';

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on loopback, issuing RFC 9068 JWT
 * access tokens to a confidential client through the client-credentials grant.
 */
export interface OidcProviderHandle {
  issuer: string;
  clientId: string;
  accessToken(): Promise<string>;
  close(): Promise<void>;
}

export async function startOidcProvider(audience: string): Promise<OidcProviderHandle> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const clientId = 'governance-integration';
  const clientSecret = 'integration-secret-for-tests-only';
  const provider = new Provider(issuer, {
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'provider-key', alg: 'RS256', use: 'sig' }] },
    clients: [{ client_id: clientId, client_secret: clientSecret, grant_types: ['client_credentials'], redirect_uris: [], response_types: [] }],
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: 'governance', audience, accessTokenFormat: 'jwt', accessTokenTTL: 300 }),
      },
    },
  });
  const server: Server = provider.listen(port);
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));

  return {
    issuer,
    clientId,
    async accessToken() {
      const res = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'governance', resource: audience }),
      });
      const body = (await res.json()) as { access_token?: string; error?: string };
      if (!body.access_token) throw new Error(`oidc-provider refused the token request: ${JSON.stringify(body)}`);
      return body.access_token;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface BrowserOidcProviderHandle {
  issuer: string;
  clientId: string;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider for the web UI's sign-in: a public client using the authorization
 * code flow with PKCE, the provider's own development login and consent pages (any login name is
 * accepted and becomes the subject), and RFC 9068 JWT access tokens for `audience`.
 */
export async function startOidcProviderForBrowser(audience: string, redirectUri: string): Promise<BrowserOidcProviderHandle> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const clientId = 'governance-web-ui';
  const provider = new Provider(issuer, {
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'provider-key', alg: 'RS256', use: 'sig' }] },
    clients: [{ client_id: clientId, token_endpoint_auth_method: 'none', grant_types: ['authorization_code'], response_types: ['code'], redirect_uris: [redirectUri] }],
    pkce: { required: () => true },
    // The login name entered on the development login page is the subject.
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: 'governance', audience, accessTokenFormat: 'jwt', accessTokenTTL: 300 }),
      },
    },
  });
  const server: Server = provider.listen(port);
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  return { issuer, clientId, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
