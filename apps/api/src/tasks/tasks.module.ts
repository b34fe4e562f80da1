import { Module } from '@nestjs/common';
import { TasksController } from './tasks.controller.js';
import { TasksService } from './tasks.service.js';
import { CalendarFeedController, CalendarFeedService } from './calendar-feed.js';

@Module({ controllers: [TasksController, CalendarFeedController], providers: [TasksService, CalendarFeedService], exports: [TasksService, CalendarFeedService] })
export class TasksModule {}
