import type { Server } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';
import { freePort } from '@gov/devstack';

interface Running {
  issuer: string;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on a free loopback port with its own
 * signing key, issuing RFC 9068 JWT access tokens for `audience` (a resource indicator).
 */
async function listen(audience: string, configuration: Pick<Configuration, 'clients' | 'features' | 'pkce' | 'findAccount'>): Promise<Running> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const provider = new Provider(issuer, {
    ...configuration,
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'provider-key', alg: 'RS256', use: 'sig' }] },
    features: {
      ...configuration.features,
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
  return { issuer, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A provider for the API: a confidential client getting access tokens through the client-credentials grant. */
export interface OidcProviderHandle {
  issuer: string;
  clientId: string;
  accessToken(): Promise<string>;
  close(): Promise<void>;
}

export async function startOidcProvider(audience: string): Promise<OidcProviderHandle> {
  const clientId = 'governance-integration';
  const clientSecret = 'integration-secret-for-tests-only';
  const running = await listen(audience, {
    clients: [{ client_id: clientId, client_secret: clientSecret, grant_types: ['client_credentials'], redirect_uris: [], response_types: [] }],
    features: { devInteractions: { enabled: false }, clientCredentials: { enabled: true } },
  });
  return {
    ...running,
    clientId,
    async accessToken() {
      const res = await fetch(`${running.issuer}/token`, {
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
  };
}

/**
 * A provider for the web UI's sign-in: a public client using the authorization code flow with
 * PKCE, and the provider's own development login and consent pages (any login name is accepted and
 * becomes the subject).
 */
export interface BrowserOidcProviderHandle {
  issuer: string;
  clientId: string;
  close(): Promise<void>;
}

export async function startOidcProviderForBrowser(audience: string, redirectUri: string): Promise<BrowserOidcProviderHandle> {
  const clientId = 'governance-web-ui';
  const running = await listen(audience, {
    clients: [{ client_id: clientId, token_endpoint_auth_method: 'none', grant_types: ['authorization_code'], response_types: ['code'], redirect_uris: [redirectUri] }],
    pkce: { required: () => true },
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
    features: { devInteractions: { enabled: true } },
  });
  return { ...running, clientId };
}
