import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { cohortReportMarkdown } from '@gov/domain';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, getSchemaPath, ApiExtraModels } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { UuidParam } from '../common/uuid.pipe.js';
import {
  AdmitManyDto,
  AnalyticsQuery,
  AnswerOfferDto,
  AssessmentDto,
  LevelAssessmentDto,
  AttendeesDto,
  CohortEventDto,
  CohortReportQuery,
  CreateCohortDto,
  EvaluationDto,
  InterviewDto,
  InterviewOutcomeDto,
  LeaveDto,
  PersonRefDto,
  PlaceOnListDto,
  PlanChangeDto,
  ProgressDto,
  ProjectWorkDto,
} from './cohort.dto.js';
import { CohortWorkflows } from '@gov/temporal';
import { CohortAdmissionService } from './cohort-admission.service.js';
import { CohortAnalyticsService } from './cohort-analytics.service.js';
import { CohortEventsService } from './cohort-events.service.js';
import { CohortInterviewsService } from './cohort-interviews.service.js';
import { CohortJourneysService } from './cohort-journeys.service.js';
import { CohortOverviewService } from './cohort-overview.service.js';
import { cohortReportHtml } from './cohort-report-html.js';
import {
  AdmissionSummaryView,
  AttendeeCountView,
  CohortAnalyticsView,
  CohortCreatedView,
  CohortEvaluationView,
  CohortEventCreatedView,
  CohortEventView,
  CohortHistoryEntryView,
  CohortReportView,
  CohortSummaryView,
  CohortView,
  EventAttendanceView,
  InterviewScheduledView,
  JourneyView,
  ListedPersonView,
  PlacementView,
  RegisteredCountView,
} from './cohort.views.js';

@ApiTags('cohorts')
@ApiExtraModels(CohortReportView, ListedPersonView)
@Controller()
export class CohortsController {
  constructor(
    @Inject(CohortAdmissionService) private readonly admission: CohortAdmissionService,
    @Inject(CohortOverviewService) private readonly overview: CohortOverviewService,
    @Inject(CohortInterviewsService) private readonly interviews: CohortInterviewsService,
    @Inject(CohortEventsService) private readonly cohortEvents: CohortEventsService,
    @Inject(CohortJourneysService) private readonly journeys: CohortJourneysService,
    @Inject(CohortAnalyticsService) private readonly cohortAnalytics: CohortAnalyticsService,
    @Inject(CohortWorkflows) private readonly workflows: CohortWorkflows,
  ) {}

  @Get('cohorts/:id/analytics')
  @Access('Cohort analytics: completed items per week, module shares, knowledge levels over time, advanced-track share, and weeks ahead of a reference cohort', 'project_office', 'manager')
  @ApiOkResponse({ type: CohortAnalyticsView })
  @ApiNotFoundResponse({ description: 'No such cohort, or no such reference cohort' })
  analytics(@Param('id', UuidParam) id: string, @Query() query: AnalyticsQuery) {
    return this.cohortAnalytics.analytics(id, query.referenceCohortId);
  }

  @Post('cohorts/:id/evaluations')
  @HttpCode(201)
  @Access('Record a focus-group evaluation: date, group, findings', 'project_office')
  @ApiCreatedResponse({ type: CohortEvaluationView })
  evaluate(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: EvaluationDto) {
    return this.cohortAnalytics.evaluate(p, id, dto);
  }

  @Get('cohorts/:id/report')
  @Access('The final cohort report from the data — admission, completed items per week, modules, knowledge levels, advanced track, reference comparison, focus groups — as JSON, Markdown or HTML (format=, or the Accept header)', 'project_office', 'manager')
  @ApiOkResponse({
    description: 'The report as JSON, or as Markdown or HTML in the language asked for (lang=sv|en); the shares are of the participants who started',
    content: { 'application/json': { schema: { $ref: getSchemaPath(CohortReportView) } }, 'text/markdown': { schema: { type: 'string' } }, 'text/html': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({ description: 'No such cohort, or no such reference cohort' })
  async report(@Param('id', UuidParam) id: string, @Query() query: CohortReportQuery, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.cohortAnalytics.report(id, query.referenceCohortId);
    const accept = req.headers.accept ?? '';
    const format = query.format ?? (accept.includes('text/html') ? 'html' : accept.includes('text/markdown') ? 'markdown' : 'json');
    const lang = query.lang ?? 'sv';
    if (format === 'markdown') {
      void reply.header('content-type', 'text/markdown; charset=utf-8');
      return cohortReportMarkdown(report, lang);
    }
    if (format === 'html') {
      void reply.header('content-type', 'text/html; charset=utf-8');
      return cohortReportHtml(report, lang);
    }
    return report;
  }

  @Get('cohorts/:id/participants/:personId')
  @Access("A participant's journey: assessment, tailored plan, weekly progress, weeks ahead of plan, open course material, project work, advanced track (a participant: their own)", 'project_office', 'manager', 'participant')
  @ApiOkResponse({ type: JourneyView })
  journey(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('personId', UuidParam) personId: string) {
    return this.journeys.journey(p, id, personId);
  }

  @Post('cohorts/:id/participants/:personId/project/start')
  @HttpCode(200)
  @Access('Project work starts (after the study weeks, or once every item is done)', 'project_office')
  @ApiOkResponse({ type: JourneyView })
  @ApiConflictResponse({ description: 'Not studying, or before the project work may start' })
  startProject(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('personId', UuidParam) personId: string, @Body() dto: ProjectWorkDto) {
    return this.journeys.journeyCommand(id, () => this.workflows.startProjectWork(id, personId, { actorId: p.personId, week: dto.week }));
  }

  @Post('cohorts/:id/participants/:personId/project/submit')
  @HttpCode(200)
  @Access('The project work is handed in; the participant can then complete the program', 'project_office')
  @ApiOkResponse({ type: JourneyView })
  @ApiConflictResponse({ description: 'No project work in progress' })
  submitProject(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('personId', UuidParam) personId: string, @Body() dto: ProjectWorkDto) {
    return this.journeys.journeyCommand(id, () => this.workflows.submitProjectWork(id, personId, { actorId: p.personId, week: dto.week }));
  }

  @Post('cohorts/:id/interviews')
  @HttpCode(201)
  @Access('Schedule an interview with a registered candidate: a task with a calendar invitation for the interviewer', 'project_office')
  @ApiCreatedResponse({ type: InterviewScheduledView })
  @ApiConflictResponse({ description: 'The person has not registered interest, or an interview with them is already open' })
  scheduleInterview(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: InterviewDto) {
    return this.interviews.scheduleInterview(p, id, dto);
  }

  @Post('cohorts/:id/interviews/:personId/outcome')
  @HttpCode(200)
  @Access("Record an interview's outcome (the interviewer or the project office): admit, a list, or not suitable", 'project_office', 'contact_person')
  @ApiConflictResponse({ description: 'The cohort is full, or the person cannot be placed so' })
  @ApiOkResponse({ type: PlacementView })
  interviewOutcome(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('personId', UuidParam) personId: string, @Body() dto: InterviewOutcomeDto) {
    return this.interviews.interviewOutcome(p, id, personId, dto);
  }

  @Get('cohorts/:id/events')
  @Access('Conference and study visits and guest lectures, with who attended', 'project_office', 'manager')
  @ApiOkResponse({ type: [CohortEventView] })
  events(@Param('id', UuidParam) id: string) {
    return this.cohortEvents.events(id);
  }

  @Post('cohorts/:id/events')
  @HttpCode(201)
  @Access('Record an event beside the modules: a conference or study visit, a guest lecture', 'project_office')
  @ApiCreatedResponse({ type: CohortEventCreatedView })
  addEvent(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: CohortEventDto) {
    return this.cohortEvents.addEvent(p, id, dto);
  }

  @Post('cohorts/:id/events/:eventId/attendance')
  @HttpCode(200)
  @Access('Record who attended an event (admitted participants)', 'project_office')
  @ApiOkResponse({ type: EventAttendanceView })
  attendance(@Param('id', UuidParam) id: string, @Param('eventId', UuidParam) eventId: string, @Body() dto: AttendeesDto) {
    return this.cohortEvents.eventAttendance(id, eventId, dto);
  }

  @Post('cohorts/:id/participants/:personId/assessment')
  @HttpCode(200)
  @Access("Record the prior-knowledge assessment on one of the template's knowledge levels; the tailored weekly study plan follows from it", 'project_office')
  @ApiOkResponse({ type: JourneyView })
  @ApiConflictResponse({ description: 'Already assessed, or not studying' })
  assess(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('personId', UuidParam) personId: string, @Body() dto: AssessmentDto) {
    return this.journeys.journeyCommand(id, () => this.workflows.assess(id, personId, { actorId: p.personId, ...dto }), dto.level);
  }

  @Post('cohorts/:id/participants/:personId/level-assessments')
  @HttpCode(200)
  @Access('Record a follow-up assessment of the knowledge level in a program week (the development the report shows); the plan stays', 'project_office')
  @ApiConflictResponse({ description: 'Not studying, or not after the last assessment' })
  @ApiOkResponse({ type: JourneyView })
  assessLevel(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('personId', UuidParam) personId: string, @Body() dto: LevelAssessmentDto) {
    return this.journeys.journeyCommand(id, () => this.workflows.assessLevel(id, personId, { actorId: p.personId, ...dto }), dto.level);
  }

  @Post('cohorts/:id/participants/:personId/progress')
  @HttpCode(200)
  @Access("Report a week's completed items; far enough ahead of plan proposes the advanced track", 'project_office')
  @ApiConflictResponse({ description: 'Not studying (e.g. dropped out), the week already reported, or more items than are left' })
  @ApiOkResponse({ type: JourneyView })
  progress(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('personId', UuidParam) personId: string, @Body() dto: ProgressDto) {
    return this.journeys.journeyCommand(id, () => this.workflows.reportProgress(id, personId, { actorId: p.personId, ...dto }));
  }

  @Post('cohorts/:id/participants/:personId/plan')
  @HttpCode(200)
  @Access('Record a plan change agreed in a conversation (pace, ambition); the plan is regenerated', 'project_office')
  @ApiOkResponse({ type: JourneyView })
  @ApiConflictResponse({ description: 'Not studying, or an unknown pace profile' })
  changePlan(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('personId', UuidParam) personId: string, @Body() dto: PlanChangeDto) {
    return this.journeys.journeyCommand(id, () => this.workflows.changePlan(id, personId, { actorId: p.personId, ...dto }));
  }

  @Post('cohorts/:id/participants/:personId/advanced-track')
  @HttpCode(200)
  @Access('Decide a proposal for the advanced track', 'project_office')
  @ApiOkResponse({ type: JourneyView })
  @ApiConflictResponse({ description: 'No advanced track proposed' })
  advancedTrack(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('personId', UuidParam) personId: string, @Body() dto: AnswerOfferDto) {
    return this.journeys.journeyCommand(id, () => this.workflows.decideAdvancedTrack(id, personId, { actorId: p.personId, accept: dto.accept }));
  }

  @Post('cohorts/:id/participants/:personId/leave')
  @HttpCode(200)
  @Access('The participant completes the program or drops out (a dropout frees the place for the next on the lists)', 'project_office')
  @ApiOkResponse({ type: JourneyView })
  @ApiConflictResponse({ description: 'Not studying, or completing without the project work handed in' })
  leave(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('personId', UuidParam) personId: string, @Body() dto: LeaveDto) {
    return this.journeys.journeyCommand(id, () => this.workflows.leave(id, personId, { actorId: p.personId, outcome: dto.outcome }));
  }

  @Get('programs/:id/cohorts')
  @Access("A program's cohorts, oldest first", 'project_office', 'manager')
  @ApiOkResponse({ type: [CohortSummaryView] })
  list(@Param('id', UuidParam) id: string) {
    return this.admission.list(id);
  }

  @Post('programs/:id/cohorts')
  @HttpCode(201)
  @Access("Start a cohort of a cohort program (Fast Track, Yrkessvenska …): its info meeting, then interest registration, admission and its template's lists", 'project_office')
  @ApiCreatedResponse({ type: CohortCreatedView })
  @ApiConflictResponse({ description: 'The program runs a template without cohorts' })
  create(@Param('id', UuidParam) id: string, @Body() dto: CreateCohortDto) {
    return this.admission.create(id, dto);
  }

  @Get('cohorts/:id')
  @Access("The cohort: capacity, admitted participants, its template's lists in offer order (Fast Track: the waiting list, then the active and passive interest lists), offers", 'project_office', 'manager')
  @ApiOkResponse({ type: CohortView })
  get(@Param('id', UuidParam) id: string) {
    return this.overview.get(id);
  }

  @Get('cohorts/:id/history')
  @Access('The promotion history, oldest first: who was put on which list, admitted, offered a freed place (and from which list), who answered, whose offer expired, who withdrew or dropped out', 'project_office', 'manager')
  @ApiOkResponse({ type: [CohortHistoryEntryView] })
  history(@Param('id', UuidParam) id: string) {
    return this.overview.history(id);
  }

  @Post('cohorts/:id/attendees')
  @HttpCode(200)
  @Access('Record who came to the info meeting', 'project_office')
  @ApiOkResponse({ type: AttendeeCountView })
  attendees(@Param('id', UuidParam) id: string, @Body() dto: AttendeesDto) {
    return this.admission.attendees(id, dto);
  }

  @Post('cohorts/:id/registrations')
  @HttpCode(201)
  @Access('Register interest (while the window after the info meeting is open)', 'project_office')
  @ApiConflictResponse({ description: 'The window has closed, or the person already registered' })
  @ApiCreatedResponse({ type: RegisteredCountView })
  register(@Param('id', UuidParam) id: string, @Body() dto: PersonRefDto) {
    return this.admission.register(id, dto);
  }

  @Post('cohorts/:id/admissions')
  @HttpCode(200)
  @Access('Admit a registered person, up to the capacity (open offers hold their places)', 'project_office')
  @ApiConflictResponse({ description: 'The cohort is full' })
  @ApiOkResponse({ type: PlacementView })
  admit(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: PersonRefDto) {
    return this.admission.admit(p, id, dto);
  }

  @Post('cohorts/:id/admissions/batch')
  @HttpCode(200)
  @Access('Admit several registered people together (1 to 1,000): all or none, up to the capacity', 'project_office')
  @ApiConflictResponse({ description: 'Not enough free places' })
  @ApiOkResponse({ type: AdmissionSummaryView })
  admitMany(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: AdmitManyDto) {
    return this.admission.admitMany(p, id, dto);
  }

  @Post('cohorts/:id/lists')
  @HttpCode(200)
  @Access("Put a registered person on one of the cohort template's lists (Fast Track: the waiting list or the active or passive interest list)", 'project_office')
  @ApiOkResponse({ type: PlacementView })
  @ApiConflictResponse({ description: 'The person has not registered, or cannot be put on that list now' })
  placeOnList(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: PlaceOnListDto) {
    return this.admission.placeOnList(p, id, dto);
  }

  @Post('cohorts/:id/withdrawals')
  @HttpCode(200)
  @Access('A participant leaves (or did not show up): the place is offered to the next person', 'project_office')
  @ApiOkResponse({ type: PlacementView })
  @ApiConflictResponse({ description: 'The person has not registered, or holds no place' })
  withdraw(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: PersonRefDto) {
    return this.admission.withdraw(p, id, dto);
  }

  @Post('cohorts/:id/offers/:personId/answer')
  @HttpCode(200)
  @Access('Answer an offered place (the person themselves, or the project office for them); refused after its deadline', 'project_office', 'participant')
  @ApiConflictResponse({ description: 'No open offer, or its deadline has passed' })
  @ApiOkResponse({ type: PlacementView })
  answer(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('personId', UuidParam) personId: string, @Body() dto: AnswerOfferDto) {
    return this.admission.answerOffer(p, id, personId, dto);
  }
}
