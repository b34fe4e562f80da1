import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module.js';
import { WeekController } from './week.controller.js';
import { WeekService } from './week.service.js';

@Module({ imports: [TasksModule], controllers: [WeekController], providers: [WeekService] })
export class WeekModule {}
