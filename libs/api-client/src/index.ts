import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, operations, paths } from './schema.js';
/** The API's named shapes (views, DTOs, the problem document), as the contract declares them. */
export type Schemas = components['schemas'];
export type ApiClient = Client<paths>;

export interface ApiClientOptions extends Pick<ClientOptions, 'baseUrl' | 'fetch'> {
  /** A bearer token (a personal API token or an OIDC access token), or a function that reads the current one. */
  token?: string | null | (() => string | null | undefined);
  /** Give every command (POST, PUT, PATCH, DELETE) a fresh Idempotency-Key unless the call sets one: a retried call never runs twice. */
  idempotencyKeys?: boolean;
}

const COMMANDS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one way this repository's code calls the API: paths, parameters, bodies and answers typed from
 * the OpenAPI document (openapi-fetch over the types openapi-typescript generates), so a change to
 * the server's contract that a caller does not follow fails `npm run typecheck`.
 */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  const auth: Middleware = {
    onRequest({ request }) {
      const token = typeof options.token === 'function' ? options.token() : options.token;
      if (token) request.headers.set('authorization', `Bearer ${token}`);
      if (options.idempotencyKeys && COMMANDS.has(request.method) && !request.headers.has('idempotency-key')) {
        request.headers.set('idempotency-key', crypto.randomUUID());
      }
      return request;
    },
  };
  client.use(auth);
  return client;
}
