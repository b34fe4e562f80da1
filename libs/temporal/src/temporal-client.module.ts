import { DynamicModule, Global, Module } from '@nestjs/common';
import { CohortWorkflows } from './cohort-workflows.js';
import { ProgramWorkflows } from './program-workflows.js';
import { TaskWorkflows } from './task-workflows.js';
import { TemporalConnection } from './temporal-connection.js';
import { WorkflowCommands } from './workflow-commands.js';
import { WorkflowCensus } from './workflow-census.js';

@Global()
@Module({})
export class TemporalClientModule {
  static forRoot(): DynamicModule {
    const providers = [TemporalConnection, ProgramWorkflows, TaskWorkflows, CohortWorkflows, WorkflowCommands, WorkflowCensus];
    return { module: TemporalClientModule, providers, exports: providers };
  }
}
