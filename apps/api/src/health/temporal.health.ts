import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { TemporalConnection } from '@gov/temporal';

@Injectable()
export class TemporalHealthIndicator {
  constructor(
    @Inject(TemporalConnection) private readonly temporal: TemporalConnection,
    @Inject(HealthIndicatorService) private readonly health: HealthIndicatorService,
  ) {}

  async check(key: string) {
    const indicator = this.health.check(key);
    try {
      await this.temporal.ping();
      return indicator.up({ address: this.temporal.config.temporal.address });
    } catch (err) {
      return indicator.down({ address: this.temporal.config.temporal.address, message: (err as Error).message });
    }
  }
}
