import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiConsumes, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { BoundedIntPipe } from '../common/integers.js';
import { UuidParam } from '../common/uuid.pipe.js';
import { EffectGoalsService } from './effect-goals.service.js';
import { IndicatorDefinitionsService } from './indicator-definitions.service.js';
import { IndicatorValuesService, MAX_IMPORT_ROWS } from './indicator-values.service.js';
import { DefineIndicatorDto, MAX_YEAR, MIN_YEAR, RecordIndicatorValueDto } from './indicators.dto.js';
import { EffectGoalPageView, EffectGoalView, IndicatorValueRecordedView, IndicatorValuesImportView, IndicatorView } from './indicators.views.js';

const READERS = ['project_office', 'manager', 'contact_person'] as const;
/** An effect goal's number, as the template's schema bounds it. */
const GoalNumberParam = new BoundedIntPipe(1, 50);
const YearParam = new BoundedIntPipe(MIN_YEAR, MAX_YEAR);

/** Effect goals (effektmål) with their indicators, yearly values and the activities that serve them. */
@ApiTags('effect goals – indicators')
@Controller('programs/:id')
export class IndicatorsController {
  constructor(
    @Inject(IndicatorDefinitionsService) private readonly definitions: IndicatorDefinitionsService,
    @Inject(IndicatorValuesService) private readonly values: IndicatorValuesService,
    @Inject(EffectGoalsService) private readonly goals: EffectGoalsService,
  ) {}

  @Post('effect-goals/:number/indicators')
  @HttpCode(201)
  @Access('Define an indicator of an effect goal: name, unit, source, baseline, target and owner', 'project_office')
  @ApiBadRequestResponse({ description: "The number is not one of the program's effect goals, the target year is before the baseline year, or the owner is neither of the project office nor a contact person" })
  @ApiConflictResponse({ description: 'The program already has an indicator with this key' })
  @ApiCreatedResponse({ type: IndicatorView })
  define(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('number', GoalNumberParam) number: number, @Body() dto: DefineIndicatorDto) {
    return this.definitions.define(p, id, number, dto);
  }

  @Put('indicators/:indicatorId/values/:year')
  @HttpCode(200)
  @Access("Record an indicator's measured value for a year (the project office, or a contact person who owns the indicator); a value already there is replaced and the audit trail keeps it", 'project_office', 'contact_person')
  @ApiForbiddenResponse({ description: "A contact person who does not own the indicator" })
  @ApiNotFoundResponse({ description: 'No such program, or no such indicator in it' })
  @ApiOkResponse({ type: IndicatorValueRecordedView })
  record(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidParam) id: string,
    @Param('indicatorId', UuidParam) indicatorId: string,
    @Param('year', YearParam) year: number,
    @Body() dto: RecordIndicatorValueDto,
  ) {
    return this.values.record(p, id, indicatorId, year, dto.value);
  }

  @Post('indicators/values/import')
  @HttpCode(201)
  @ApiConsumes('text/csv')
  @Access(`Import indicators' yearly values from CSV with the header "indicator,year,value" (at most ${MAX_IMPORT_ROWS} rows); a file with any bad row is refused whole, errors listed by row, nothing stored; a year already recorded is replaced and the audit trail keeps the old value`, 'project_office')
  @ApiBadRequestResponse({ description: 'Row-level errors, e.g. "row 3.indicator: \'x\' is not the key of one of the program\'s indicators"; nothing imported' })
  @ApiCreatedResponse({ type: IndicatorValuesImportView })
  importValues(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() csv: string) {
    return this.values.import(p, id, csv);
  }

  @Get('effect-goals')
  @Access("Effect goals, each with its indicators (baseline, target, latest value, on track against the straight line to the target) and the activities serving it (a contact person: their own organization's)", ...READERS)
  @ApiOkResponse({ type: [EffectGoalView] })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  list(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string) {
    return this.goals.list(p, id);
  }

  @Get('effect-goals/:number')
  @Access("One effect goal's page: each indicator's series by year against its baseline and target, and the activities serving it (a contact person: their own organization's)", ...READERS)
  @ApiOkResponse({ type: EffectGoalPageView })
  @ApiNotFoundResponse({ description: 'No such program, or the program has no effect goal with this number' })
  @ApiConflictResponse({ description: 'The program runs a template version without governed phases' })
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('number', GoalNumberParam) number: number) {
    return this.goals.get(p, id, number);
  }
}
