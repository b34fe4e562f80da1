import { Inject, Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { from, mergeMap, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { isReadOnlyMethod, UUID_PATTERN } from '@gov/domain';
import { AuditTrail } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';

const KEY = /^[a-z][a-z0-9-]{0,62}$/;
/** Fields whose values are identifiers, keys or decisions: safe to keep. Free text, names and emails never are. */
const KEPT = /(Id|Ids|Key|Keys|Numbers)$|^(decision|recurrence|kind|role|channel|audience|format|status|mailDelivery|templateKey|templateVersion|due|number)$/;

/** What a command asked for, without personal data: its fields, and the values of identifier-like fields. */
export function inputSummary(body: unknown): Record<string, string | number | boolean | null> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  const summary: Record<string, string | number | boolean | null> = { fields: Object.keys(body).sort().join(',') };
  for (const [k, v] of Object.entries(body)) {
    if (!KEPT.test(k)) continue;
    const values = Array.isArray(v) ? v : [v];
    if (values.every((x) => typeof x === 'number' || typeof x === 'boolean' || (typeof x === 'string' && (UUID_PATTERN.test(x) || KEY.test(x))))) {
      summary[k] = Array.isArray(v) ? v.join(',') : (v as string | number | boolean);
    }
  }
  return summary;
}

/**
 * Every accepted command (a non-read request that succeeded) lands in the audit trail with who
 * sent it, their role, the route and its target ids, a summary of the input and the request id.
 * The state changes the command caused are recorded by the command itself or by workflow activities.
 */
@Injectable()
export class CommandAuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(
    @Inject(AuditTrail) private readonly trail: AuditTrail,
    @Inject(DataSource) private readonly db: DataSource,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    // A dry run (e.g. a CSV import's preview) checks a command without carrying it out: nothing to record.
    if (isReadOnlyMethod(request.method) || (request.query as Record<string, unknown> | undefined)?.dryRun === 'true') return next.handle();
    return next.handle().pipe(mergeMap((result) => from(this.record(request, result).then(() => result))));
  }

  private async record(request: FastifyRequest & { principal?: Principal; idempotentReplay?: boolean }, result: unknown): Promise<void> {
    const principal = request.principal;
    // A repeat answered from its Idempotency-Key changed nothing: the first request was recorded.
    if (!principal || request.idempotentReplay) return;
    const params = (request.params ?? {}) as Record<string, string>;
    const route = request.routeOptions?.url ?? request.url.split('?')[0];
    // The program a command concerns: in its path, in its body, or the one it created.
    const body = (request.body ?? {}) as Record<string, unknown>;
    const created = (result ?? {}) as { id?: unknown };
    const programId =
      [route.startsWith('/programs/:id') ? params.id : undefined, body.programId, route === '/programs' ? created.id : undefined].find(
        (v): v is string => typeof v === 'string' && UUID_PATTERN.test(v),
      ) ?? null;
    try {
      await this.trail.record(
        {
          type: 'command.accepted',
          actorKind: 'person',
          actorId: principal.personId,
          actorRole: principal.role,
          requestId: String(request.id),
          programId,
          workflowId: null,
          runId: null,
          dedupeKey: `request/${request.id}`,
          activityId: UUID_PATTERN.test(params.activityId ?? '') ? params.activityId : null,
          cohortId: route.startsWith('/cohorts/:id') && UUID_PATTERN.test(params.id ?? '') ? params.id : null,
          data: { method: request.method, route, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [`param.${k}`, v])), ...inputSummary(request.body) },
        },
        this.db.manager,
      );
    } catch (err) {
      // The command itself succeeded and recorded its own state changes; say loudly that this entry is missing.
      this.logger.error(`Command ${request.method} ${route} (request ${request.id}) was not recorded in the audit trail: ${(err as Error).message}`);
    }
  }
}
