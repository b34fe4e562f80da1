import * as oauth from 'oauth4webapi';
import { api, ApiError, ok, useToken, type Schemas } from './api.js';

/** What GET /me answers: the signed-in person. */
export type Me = Schemas['PersonView'];

/** What GET /ui/config answers: how this installation signs people in. */
export type UiConfig = Schemas['UiConfigView'];

const TOKEN_KEY = 'gov.token';
const OIDC_KEY = 'gov.oidc';

/** The token lives for the browser tab only (sessionStorage): closing the tab signs out. */
export function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function signOut(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  useToken(null);
}

/** Checks a token against the API and keeps it for the tab when it is good. */
export async function signInWithToken(token: string): Promise<Me> {
  useToken(token);
  try {
    const me = await ok(api.GET('/me'));
    sessionStorage.setItem(TOKEN_KEY, token);
    return me;
  } catch (err) {
    useToken(null);
    throw err;
  }
}

export const mayCommand = (me: Me) => me.role !== 'manager';
export const isOffice = (me: Me) => me.role === 'project_office';
/** Whether a person can be the gate's decision maker: the project office or a contact person holding gate.decide (the API's rule). */
export const mayDecideGates = (person: Pick<Me, 'role' | 'permissions'>) => (person.role === 'project_office' || person.role === 'contact_person') && person.permissions.includes('gate.decide');
/** Only the decision maker the collaboration model names decides a program's open gate. */
export const decidesGateOf = (me: Me, program: { position?: { gateTaskId: string | null; gateOwnerId: string | null } }) =>
  Boolean(program.position?.gateTaskId) && program.position?.gateOwnerId === me.id && mayDecideGates(me);

// OpenID Connect: authorization code with PKCE as a public client (oauth4webapi), the access token
// then used as the API's bearer token. The provider and client id come from the API (/ui/config).

const redirectUri = () => `${location.origin}/app/callback`;

async function authorizationServer(issuer: string): Promise<oauth.AuthorizationServer> {
  const url = new URL(issuer);
  const options = url.protocol === 'http:' ? { [oauth.allowInsecureRequests]: true } : {};
  return oauth.processDiscoveryResponse(url, await oauth.discoveryRequest(url, { ...options, algorithm: 'oidc' }));
}

export async function beginOidcSignIn(config: NonNullable<UiConfig['oidc']>): Promise<void> {
  const as = await authorizationServer(config.issuer);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  sessionStorage.setItem(OIDC_KEY, JSON.stringify({ verifier, state }));
  const url = new URL(as.authorization_endpoint!);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', config.scope);
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  if (config.resource) url.searchParams.set('resource', config.resource);
  location.assign(url.href);
}

/** On /app/callback: exchanges the code for an access token and signs in with it. */
export async function completeOidcSignIn(config: NonNullable<UiConfig['oidc']>): Promise<Me> {
  const pending = JSON.parse(sessionStorage.getItem(OIDC_KEY) ?? 'null') as { verifier: string; state: string } | null;
  sessionStorage.removeItem(OIDC_KEY);
  if (!pending) throw new ApiError({ type: 'about:blank', status: 400, title: 'No sign-in in progress', detail: 'Start the sign-in again.' });
  const as = await authorizationServer(config.issuer);
  const client: oauth.Client = { client_id: config.clientId };
  const params = oauth.validateAuthResponse(as, client, new URL(location.href), pending.state);
  const insecure = new URL(config.issuer).protocol === 'http:' ? { [oauth.allowInsecureRequests]: true } : {};
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, redirectUri(), pending.verifier, {
    ...insecure,
    ...(config.resource ? { additionalParameters: { resource: config.resource } } : {}),
  });
  const result = await oauth.processAuthorizationCodeResponse(as, client, response);
  return signInWithToken(result.access_token);
}
