import { Module } from '@nestjs/common';
import { CohortsController } from './cohorts.controller.js';
import { CohortsService } from './cohorts.service.js';
import { TasksModule } from '../tasks/tasks.module.js';

/** Fast Track cohorts: info meeting, interest registration, admission, the three lists and offers. */
@Module({ imports: [TasksModule], controllers: [CohortsController], providers: [CohortsService] })
export class CohortsModule {}
