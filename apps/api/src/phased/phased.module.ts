import { Module } from '@nestjs/common';
import { ActivitiesController } from './activities.controller.js';
import { ActivitiesService } from './activities.service.js';
import { PhaseOneController } from './phase-one.controller.js';
import { PhaseOneService } from './phase-one.service.js';
import { PhaseReportService } from './phase-report.service.js';
import { ProgramContext } from './program-context.js';

/** Phased programs (Skola först): phase I's needs analysis, steps and gate; phase II's activities. */
@Module({ controllers: [PhaseOneController, ActivitiesController], providers: [ProgramContext, PhaseOneService, PhaseReportService, ActivitiesService] })
export class PhasedModule {}
