import { Module } from '@nestjs/common';
import { ActivitiesController } from './activities.controller.js';
import { ActivitiesService } from './activities.service.js';
import { CollaborationModelService } from './collaboration-model.service.js';
import { CommunicationPlanService } from './communication-plan.service.js';
import { ContactNetworkService } from './contact-network.service.js';
import { FocusAreasService } from './focus-areas.service.js';
import { NeedsFileImportService } from './needs-file-import.service.js';
import { NeedsGatheringService } from './needs-gathering.service.js';
import { PhaseOneController } from './phase-one.controller.js';
import { PhaseReportService } from './phase-report.service.js';
import { ProgramContext } from './program-context.js';
import { StepFlowService } from './step-flow.service.js';
import { StepRecordsController } from '../steps/step-records.controller.js';
import { StepRecordsService } from '../steps/step-records.service.js';
import { TemplateUpgradeController } from '../upgrades/template-upgrade.controller.js';
import { TemplateUpgradeService } from '../upgrades/template-upgrade.service.js';
import { DecisionPointService } from '../steering/decision-point.service.js';
import { ProtocolService } from '../steering/protocol.service.js';
import { SteeringController } from '../steering/steering.controller.js';
import { SteeringGroupService } from '../steering/steering-group.service.js';
import { SteeringMeetingService } from '../steering/steering-meeting.service.js';
import { BoardPackService } from '../steering/board-pack.service.js';
import { TasksModule } from '../tasks/tasks.module.js';

/** Phased programs: their steps by kind, decision points and steering groups; Skola först's needs analysis and activities. */
@Module({
  imports: [TasksModule],
  controllers: [PhaseOneController, ActivitiesController, StepRecordsController, TemplateUpgradeController, SteeringController],
  providers: [
    ProgramContext,
    NeedsGatheringService,
    NeedsFileImportService,
    FocusAreasService,
    CollaborationModelService,
    ContactNetworkService,
    CommunicationPlanService,
    StepFlowService,
    PhaseReportService,
    ActivitiesService,
    StepRecordsService,
    TemplateUpgradeService,
    SteeringGroupService,
    DecisionPointService,
    ProtocolService,
    SteeringMeetingService,
    BoardPackService,
  ],
})
export class PhasedModule {}
