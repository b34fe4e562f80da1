import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.js';

export type { components, operations, paths } from './schema.js';
/** The API's named shapes (views, DTOs, the problem document), as the contract declares them. */
export type Schemas = components['schemas'];
/** Answers are read as JSON unless a call says otherwise (`parseAs: 'text'` for CSV, Markdown, calendars). */
export type ApiClient = Client<paths, 'application/json'>;

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
  const client = createClient<paths, 'application/json'>({ baseUrl: options.baseUrl, fetch: options.fetch });
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

/** What one call of the client resolves to (openapi-fetch's `{ data, error, response }`). */
export interface Answered {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The type of a call's success answer: the declared schema, undefined for 204, never when the contract declares none. */
export type AnswerData<R> = R extends { data: infer D; error?: never } ? D : never;

/** A call that answered something other than 2xx, with its status and body (the problem document, parsed). */
export class ApiAnswerError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    url: string,
  ) {
    super(`${new URL(url).pathname} answered ${status}: ${typeof body === 'string' ? body : JSON.stringify(body)}`);
  }
}

/** A call's success answer, typed from the contract; throws ApiAnswerError unless it answered 2xx. */
export async function ok<R extends Answered>(call: Promise<R>): Promise<AnswerData<R>> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiAnswerError(response.status, error, response.url);
  return data as AnswerData<R>;
}

/** Whatever a call answered, for checking refusals and headers: `data` typed when it succeeded, `body` as it came. */
export interface Answer<D> {
  status: number;
  headers: Headers;
  contentType: string;
  /** The success answer (undefined unless 2xx). */
  data: D | undefined;
  /** The answer as it came: the success answer or the problem document (parsed JSON, else text). */
  body: any;
}

export async function answer<R extends Answered>(call: Promise<R>): Promise<Answer<AnswerData<R>>> {
  const { data, error, response } = await call;
  return {
    status: response.status,
    headers: response.headers,
    contentType: response.headers.get('content-type') ?? '',
    data: response.ok ? (data as AnswerData<R>) : undefined,
    body: response.ok ? data : error,
  };
}

/** Sends a body as is with its own content type (a CSV file, a text) instead of as JSON: `{ body: csv, ...textBody('text/csv') }`. */
export const textBody = (contentType: string) => ({ bodySerializer: (body: unknown) => body, headers: { 'content-type': contentType } });
