/**
 * The API client: the one generated from the contract (`@gov/api-client`: openapi-fetch over the
 * types openapi-typescript generates from libs/api-client/openapi.json), on this origin, with the
 * bearer token (a personal API token or an OIDC access token). Problem documents (RFC 9457) become
 * ApiError with their field errors; every command carries a fresh Idempotency-Key, so a retried
 * click never runs twice. Pages call `ok(api.GET('/programs/{id}', { params: { path: { id } } }))`:
 * paths, parameters, bodies and answers are typed, so a change to the server's answers that a page
 * does not follow fails `npm run typecheck`.
 */
import { createApiClient, type Answered, type AnswerData, type Schemas } from '@gov/api-client';
import { connectLive } from './live.js';

export type { Schemas };

/** A refused request's problem document (RFC 9457, application/problem+json), as the contract declares it. */
export type Problem = Schemas['ProblemDocument'];
export type FieldError = Schemas['FieldError'];

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
}

let token: string | null = null;
let onUnauthorized: () => void = () => undefined;

export function useToken(value: string | null, unauthorized?: () => void): void {
  if (value !== token) connectLive(value);
  token = value;
  if (unauthorized) onUnauthorized = unauthorized;
}

/** The typed client: same origin, the current token, an Idempotency-Key on every command. */
export const api = createApiClient({ baseUrl: '', token: () => token, idempotencyKeys: true });
api.use({
  onRequest({ request }) {
    // JSON unless the call asks for something else (a download asks for anything).
    if (!request.headers.has('accept')) request.headers.set('accept', 'application/json');
    return request;
  },
});

function problemOf(response: Response, error: unknown): ApiError {
  // An answer without a problem document (a proxy's error page) gets one from its status.
  let problem: Problem = { type: 'about:blank', status: response.status, title: response.statusText || `HTTP ${response.status}` };
  if (error && typeof error === 'object') problem = { ...problem, ...(error as Partial<Problem>) };
  if (response.status === 401) onUnauthorized();
  return new ApiError(problem);
}

/** Unwraps a call: its answer (undefined for 204), or an ApiError from the problem document. */
export async function ok<R extends Answered>(call: Promise<R>): Promise<AnswerData<R>> {
  const { data, error, response } = await call;
  if (!response.ok) throw problemOf(response, error);
  return data as AnswerData<R>;
}

/** Unwraps a command whose answer the page does not read: true once it succeeded. */
export async function succeeded(call: Promise<Answered>): Promise<true> {
  await ok(call);
  return true;
}

/** A file-name part from a name: lower case, Swedish letters without their marks, dashes between words. */
export function fileSlug(name: string, fallback: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || fallback;
}

/** What a download asks for: the answer as it comes (the format chosen by the query), read as a blob. */
export const asFile = { parseAs: 'blob', headers: { accept: '*/*' } } as const;

/**
 * Hands a read (e.g. the audit export) to the browser as a file:
 * `download(api.GET('/audit/export', { params: { query }, ...asFile }), 'audit.csv')`.
 */
export async function download(call: Promise<{ data?: Blob; error?: unknown; response: Response }>, filename: string): Promise<void> {
  const blob = await ok(call);
  const url = URL.createObjectURL(blob as Blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Drops empty query values (an unset filter), as the pages' forms leave them: `{ params: { query: compact({ … }) } }`. */
export function compact<const Q extends Record<string, string | number | boolean | undefined | null>>(params: Q): { [K in keyof Q]?: Exclude<Q[K], null> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') out[k] = v;
  return out as { [K in keyof Q]?: Exclude<Q[K], null> };
}

/** A query string for the app's own links (`?a=1&b=2`, empty values left out). */
export const query = (params: Record<string, string | number | undefined | null>) => {
  const s = new URLSearchParams(compact(params) as Record<string, string>).toString();
  return s ? `?${s}` : '';
};
