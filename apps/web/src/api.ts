/**
 * The API client: one origin, a bearer token (a personal API token or an OIDC access token), JSON
 * in and out, and problem documents (RFC 9457) turned into ApiError with their field errors.
 * Every command carries a fresh Idempotency-Key, so a retried click never runs twice.
 */
import { connectLive } from './live.js';

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  status: number;
  title: string;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

let token: string | null = null;
let onUnauthorized: () => void = () => undefined;

export function useToken(value: string | null, unauthorized?: () => void): void {
  if (value !== token) connectLive(value);
  token = value;
  if (unauthorized) onUnauthorized = unauthorized;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as is with this content type (e.g. text/csv); otherwise the body is JSON. */
  contentType?: string;
  accept?: string;
}

async function send(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/json';
    body = options.contentType ? String(options.body) : JSON.stringify(options.body);
  }
  if (method !== 'GET') headers['idempotency-key'] = crypto.randomUUID();
  const res = await fetch(path, { method, headers, body });
  if (!res.ok) {
    let problem: Problem = { status: res.status, title: res.statusText || `HTTP ${res.status}` };
    try {
      problem = { ...problem, ...(await res.json()) };
    } catch {
      // not a problem document
    }
    if (res.status === 401) onUnauthorized();
    throw new ApiError(problem);
  }
  return res;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const res = await send(method, path, options);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

export const get = <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options);
export const post = <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body });
export const put = <T>(path: string, body?: unknown) => request<T>('PUT', path, { body });

/** A file-name part from a name: lower case, Swedish letters without their marks, dashes between words. */
export function fileSlug(name: string, fallback: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || fallback;
}

/** Downloads a read (e.g. the audit export) with the token and hands it to the browser as a file. */
export async function download(path: string, filename: string): Promise<void> {
  const res = await send('GET', path, { accept: '*/*' });
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const query = (params: Record<string, string | number | undefined | null>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};
export const del = <T>(path: string) => request<T>('DELETE', path);
