import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthView, LivenessView } from './health.views.js';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators.js';
import { ConsistencyHealthIndicator } from './consistency.health.js';
import { TemporalHealthIndicator } from './temporal.health.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(TypeOrmHealthIndicator) private readonly database: TypeOrmHealthIndicator,
    @Inject(TemporalHealthIndicator) private readonly temporal: TemporalHealthIndicator,
    @Inject(ConsistencyHealthIndicator) private readonly consistency: ConsistencyHealthIndicator,
  ) {}

  /**
   * Liveness for orchestrators: the process answers; it checks nothing behind it — not even the
   * rate limiter, whose counters are in PostgreSQL (a database outage must not fail liveness).
   */
  @Get('live')
  @Public()
  @RouteConfig({ rateLimit: false })
  @ApiOperation({ summary: 'Liveness: the API process answers (public; checks no dependency)' })
  @ApiResponse({ status: 200, description: 'The process is up', type: LivenessView })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({ summary: 'Database and Temporal connectivity, and the reconciler of workflow commands (public)' })
  @ApiResponse({ status: 200, description: 'Every component is up', type: HealthView })
  @ApiResponse({ status: 503, description: 'At least one component is down: a problem document with the same info, error and details members' })
  async check() {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: 2_000 }),
        () => this.temporal.check('temporal'),
        () => this.consistency.check('consistency'),
      ]);
    } catch (err) {
      if (!(err instanceof ServiceUnavailableException)) throw err;
      const result = err.getResponse() as { error?: Record<string, unknown> };
      const down = Object.keys(result.error ?? {});
      throw new ServiceUnavailableException({ detail: `Down: ${down.join(', ')}`, ...result });
    }
  }
}
