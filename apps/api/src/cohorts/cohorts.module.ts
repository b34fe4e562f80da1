import { Module } from '@nestjs/common';
import { CohortsController } from './cohorts.controller.js';
import { CohortsService } from './cohorts.service.js';

/** Fast Track cohorts: info meeting, interest registration, admission, the three lists and offers. */
@Module({ controllers: [CohortsController], providers: [CohortsService] })
export class CohortsModule {}
