import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isUnavailable, UNAVAILABLE_DETAIL } from './database-errors.js';

export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem document: the one error format of the API. */
export interface ProblemDocument {
  [extension: string]: unknown;
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

/** A refusal that says when to try again (`Retry-After`, in seconds): a limit reached, for instance. */
export class RetryLater extends HttpException {
  constructor(
    status: HttpStatus,
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super({ detail }, status);
  }
}

/** At most this many field errors in one problem document (the rest are counted in `errorsOmitted`). */
export const MAX_FIELD_ERRORS = 50;

/** A 400 that names the offending fields (the first MAX_FIELD_ERRORS of them). */
export class ValidationProblem extends HttpException {
  readonly errors: FieldError[];

  constructor(errors: FieldError[]) {
    const shown = errors.slice(0, MAX_FIELD_ERRORS).map((e) => ({ field: e.field.slice(0, 200), message: e.message.slice(0, 300) }));
    const omitted = errors.length - shown.length;
    super(
      {
        detail: shown.map((e) => `${e.field}: ${e.message}`).join('; ') + (omitted ? `; and ${omitted} more` : ''),
        errors: shown,
        ...(omitted ? { errorsOmitted: omitted } : {}),
      },
      HttpStatus.BAD_REQUEST,
    );
    this.errors = shown;
  }
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest>();
    const problem = this.toProblem(exception);
    problem.instance = request.url.split('?')[0];
    if (exception instanceof RetryLater) void reply.header('retry-after', String(exception.retryAfterSeconds));
    if (problem.status === 503) {
      this.logger.warn(`${request.method} ${problem.instance}: ${problem.detail}`);
      if (!(exception instanceof RetryLater)) void reply.header('retry-after', '5');
    } else if (problem.status >= 500) this.logger.error(`${request.method} ${problem.instance} failed`, (exception as Error)?.stack);
    void reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
  }

  private toProblem(exception: unknown): ProblemDocument {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const problem: ProblemDocument = { type: 'about:blank', title: titleOf(status), status };
      if (typeof body === 'string') problem.detail = body;
      else if (body && typeof body === 'object') {
        // type, title, status and instance are the problem's own members and never come from the body.
        const { detail, message, errors, error, statusCode: _s, status: _st, type: _t, title: _ti, instance: _i, ...extensions } = body as Record<string, unknown> & {
          detail?: string;
          message?: string | string[];
          errors?: FieldError[];
        };
        problem.detail = detail ?? (Array.isArray(message) ? message.join('; ') : message);
        if (errors) problem.errors = errors;
        // Anything else is an RFC 9457 extension member (e.g. the health check's per-component details).
        Object.assign(problem, extensions, typeof error === 'object' && error ? { error } : {});
      }
      return problem;
    }
    // The database or the workflow engine away, wherever it was noticed (authentication included).
    if (isUnavailable(exception)) return { type: 'about:blank', title: titleOf(503), status: 503, detail: UNAVAILABLE_DETAIL };
    // Fastify's own errors (body too large, malformed JSON) carry a statusCode.
    const statusCode = (exception as { statusCode?: number })?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      return { type: 'about:blank', title: titleOf(statusCode), status: statusCode, detail: (exception as Error).message };
    }
    return { type: 'about:blank', title: titleOf(500), status: 500, detail: 'An unexpected error occurred.' };
  }
}

function titleOf(status: number): string {
  const name = HttpStatus[status];
  return name ? name.toLowerCase().split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ') : 'Error';
}

/** Errors Fastify raises before routing (bad URL, over-long path parameter), as problem documents. */
export function sendFrameworkError(error: { statusCode?: number; message: string }, req: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const problem: ProblemDocument = { type: 'about:blank', title: titleOf(status), status, detail: error.message.slice(0, 300), instance: req.url.split('?')[0].slice(0, 200) };
  void reply.code(status).header('content-type', 'application/problem+json; charset=utf-8').send(JSON.stringify(problem));
}

/** Errors answered by Fastify itself in its own JSON error shape, turned into problem documents. */
export function problemDetailsForFastifyErrors(req: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  if (reply.statusCode < 400 || typeof payload !== 'string') return payload;
  if (!String(reply.getHeader('content-type') ?? '').startsWith('application/json')) return payload;
  try {
    const body = JSON.parse(payload) as { statusCode?: number; error?: string; message?: string; type?: string };
    if (typeof body.statusCode !== 'number' || body.type) return payload;
    reply.header('content-type', 'application/problem+json; charset=utf-8');
    const problem: ProblemDocument = { type: 'about:blank', title: titleOf(reply.statusCode), status: reply.statusCode, detail: body.message, instance: req.url.split('?')[0].slice(0, 200) };
    return JSON.stringify(problem);
  } catch {
    return payload;
  }
}

/**
 * Errors on a connection before a request could be handed to the application — the request not
 * received in time (408), headers too large (431), malformed HTTP (400) — answered as problem
 * documents on the raw socket, which is then closed (Fastify's `clientErrorHandler`).
 */
export function sendClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'The request was not received in time; the connection is closed.']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'The request headers are too large.']
        : [400, 'The request is not valid HTTP.'];
  const body = JSON.stringify({ type: 'about:blank', title: titleOf(status), status, detail } satisfies ProblemDocument);
  // Only when nothing of a response was written yet, as Node.js itself does, so no answer is corrupted.
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
