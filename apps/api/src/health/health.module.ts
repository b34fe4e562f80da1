import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { ConsistencyHealthIndicator } from './consistency.health.js';
import { TemporalHealthIndicator } from './temporal.health.js';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [TemporalHealthIndicator, ConsistencyHealthIndicator],
})
export class HealthModule {}
