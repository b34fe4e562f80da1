import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { UuidParam } from '../common/uuid.pipe.js';
import { ActivitiesQuery, EvaluateActivityDto, ProposeActivityDto } from './phased.dto.js';
import { ActivitiesService } from './activities.service.js';
import { ActivityDetailView, ActivityEvaluatedView, ActivityPageView, ActivityStageView, ActivityView, MatrixView, YearlyCheckView } from './phased.views.js';

const READERS = ['project_office', 'manager', 'contact_person'] as const;

@ApiTags('phase II – activities')
@Controller()
export class ActivitiesController {
  constructor(@Inject(ActivitiesService) private readonly activities: ActivitiesService) {}

  @Post('programs/:id/activities')
  @HttpCode(201)
  @Access('Propose an activity (phase II); a contact person proposes for their own organization only', 'project_office', 'contact_person')
  @ApiForbiddenResponse({ description: 'A contact person acting for another organization' })
  @ApiConflictResponse({ description: 'The program is not in phase II' })
  @ApiCreatedResponse({ type: ActivityView })
  propose(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: ProposeActivityDto) {
    return this.activities.propose(p, id, dto);
  }

  @Get('programs/:id/activities')
  @Access("Activities, filtered by matrix cell (focusArea, level), status or effect goal: the drill-down of the matrix (a contact person: their own organization's)", ...READERS)
  @ApiOkResponse({ type: ActivityPageView })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  list(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Query() query: ActivitiesQuery) {
    return this.activities.list(p, id, query);
  }

  @Get('programs/:id/matrix')
  @Access("The activity matrix: focus areas × levels, counts by status per cell (a contact person: of their own organization's activities)", ...READERS)
  @ApiOkResponse({ type: MatrixView })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  matrix(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string) {
    return this.activities.matrix(p, id);
  }

  @Get('programs/:id/yearly-planning-check')
  @Access("The yearly planning check: each member organization's confirmation that its annual plan follows the collaboration model (a contact person: their own organization's)", ...READERS)
  @ApiOkResponse({ type: [YearlyCheckView] })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  yearlyPlanningCheck(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string) {
    return this.activities.yearlyPlanningCheck(p, id);
  }

  @Get('activities/:activityId')
  @Access('An activity with its cycles, decisions, successors and live stage (a contact person: one their organization owns)', ...READERS)
  @ApiOkResponse({ type: ActivityDetailView })
  @ApiNotFoundResponse({ description: 'No such activity, or (for a contact person) one their organization does not own' })
  get(@CurrentPrincipal() p: Principal, @Param('activityId', UuidParam) activityId: string) {
    return this.activities.get(p, activityId);
  }

  @Post('activities/:activityId/execution/complete')
  @HttpCode(200)
  @Access('Execution is over: the evaluation task opens', 'project_office', 'contact_person')
  @ApiConflictResponse({ description: 'The activity is not in execution' })
  @ApiOkResponse({ type: ActivityStageView })
  finishExecution(@CurrentPrincipal() p: Principal, @Param('activityId', UuidParam) activityId: string) {
    return this.activities.finishExecution(p, activityId);
  }

  @Post('activities/:activityId/evaluate')
  @HttpCode(200)
  @Access('Evaluate the cycle: end, continue (a new cycle) or scale up (a linked, wider activity), with a rationale', 'project_office', 'contact_person')
  @ApiConflictResponse({ description: 'The activity is not under evaluation' })
  @ApiOkResponse({ type: ActivityEvaluatedView })
  evaluate(@CurrentPrincipal() p: Principal, @Param('activityId', UuidParam) activityId: string, @Body() dto: EvaluateActivityDto) {
    return this.activities.evaluate(p, activityId, dto);
  }
}
