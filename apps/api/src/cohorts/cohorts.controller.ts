import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { UuidParam } from '../common/uuid.pipe.js';
import { AnswerOfferDto, AttendeesDto, CreateCohortDto, PersonRefDto, PlaceOnListDto } from './cohort.dto.js';
import { CohortsService } from './cohorts.service.js';

@ApiTags('cohorts')
@Controller()
export class CohortsController {
  constructor(@Inject(CohortsService) private readonly cohorts: CohortsService) {}

  @Post('programs/:id/cohorts')
  @HttpCode(201)
  @Access('Start a cohort of a Fast Track program: its info meeting, then interest registration, admission and the three lists', 'project_office')
  create(@Param('id', UuidParam) id: string, @Body() dto: CreateCohortDto) {
    return this.cohorts.create(id, dto);
  }

  @Get('cohorts/:id')
  @Access('The cohort: capacity, admitted participants, the waiting list and the active and passive interest lists in order, offers', 'project_office', 'manager')
  get(@Param('id', UuidParam) id: string) {
    return this.cohorts.get(id);
  }

  @Post('cohorts/:id/attendees')
  @HttpCode(200)
  @Access('Record who came to the info meeting', 'project_office')
  attendees(@Param('id', UuidParam) id: string, @Body() dto: AttendeesDto) {
    return this.cohorts.attendees(id, dto);
  }

  @Post('cohorts/:id/registrations')
  @HttpCode(201)
  @Access('Register interest (while the window after the info meeting is open)', 'project_office')
  @ApiConflictResponse({ description: 'The window has closed, or the person already registered' })
  register(@Param('id', UuidParam) id: string, @Body() dto: PersonRefDto) {
    return this.cohorts.register(id, dto);
  }

  @Post('cohorts/:id/admissions')
  @HttpCode(200)
  @Access('Admit a registered person, up to the capacity (open offers hold their places)', 'project_office')
  @ApiConflictResponse({ description: 'The cohort is full' })
  admit(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: PersonRefDto) {
    return this.cohorts.admit(p, id, dto);
  }

  @Post('cohorts/:id/lists')
  @HttpCode(200)
  @Access('Put a registered person on the waiting list or the active or passive interest list', 'project_office')
  placeOnList(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: PlaceOnListDto) {
    return this.cohorts.placeOnList(p, id, dto);
  }

  @Post('cohorts/:id/withdrawals')
  @HttpCode(200)
  @Access('A participant leaves (or did not show up): the place is offered to the next person', 'project_office')
  withdraw(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Body() dto: PersonRefDto) {
    return this.cohorts.withdraw(p, id, dto);
  }

  @Post('cohorts/:id/offers/:personId/answer')
  @HttpCode(200)
  @Access('Answer an offered place (the person themselves, or the project office for them); refused after its deadline', 'project_office', 'participant')
  @ApiConflictResponse({ description: 'No open offer, or its deadline has passed' })
  answer(@CurrentPrincipal() p: Principal, @Param('id', UuidParam) id: string, @Param('personId', UuidParam) personId: string, @Body() dto: AnswerOfferDto) {
    return this.cohorts.answerOffer(p, id, personId, dto);
  }
}
