import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { ShownOnce } from '../common/idempotency.interceptor.js';
import { UuidParam } from '../common/uuid.pipe.js';
import { AbsenceView, CreateAbsenceDto, CreatePersonDto, ErasedPersonView, HandoverDto, HandoverQuery, HandoverView, IssuedTokenView, IssueTokenDto, PersonPageView, PersonQuery, PersonView, UpdatePersonDto } from './person.dto.js';
import { HandoverService } from './handover.service.js';
import { AbsencesService } from './absences.service.js';
import { PersonsService } from './persons.service.js';

@ApiTags('persons')
@Controller('persons')
export class PersonsController {
  constructor(
    @Inject(PersonsService) private readonly persons: PersonsService,
    @Inject(HandoverService) private readonly handovers: HandoverService,
    @Inject(AbsencesService) private readonly absences: AbsencesService,
  ) {}

  @Post()
  @Access('Register a person with a role (a contact person with their organization)', 'project_office')
  @ApiCreatedResponse({ type: PersonView })
  @ApiConflictResponse({ description: 'Email or identity already registered' })
  create(@Body() dto: CreatePersonDto): Promise<PersonView> {
    return this.persons.create(dto);
  }

  @Get()
  @Access("List persons (a contact person sees their own organization's)", 'project_office', 'manager', 'contact_person')
  @ApiOkResponse({ type: PersonPageView })
  list(@CurrentPrincipal() principal: Principal, @Query() query: PersonQuery): Promise<PersonPageView> {
    return this.persons.list(principal, query.limit, query.offset, { role: query.role, search: query.search });
  }

  @Get(':id')
  @Access('One person', 'project_office', 'manager', 'contact_person')
  @ApiOkResponse({ type: PersonView })
  @ApiNotFoundResponse({ description: 'No such person, or not visible to you' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<PersonView> {
    return this.persons.get(principal, id);
  }

  @Patch(':id')
  @Access("Change a person's name, email, role, organization or permissions", 'project_office')
  @ApiOkResponse({ type: PersonView })
  @ApiConflictResponse({ description: 'Email or identity already registered' })
  update(@Param('id', UuidParam) id: string, @Body() dto: UpdatePersonDto): Promise<PersonView> {
    return this.persons.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Access('Remove a person and their tokens', 'project_office')
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiConflictResponse({ description: 'Your own account, or a person who owns effect-goal indicators (erase their personal data instead)' })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<void> {
    return this.persons.remove(principal, id);
  }

  @Post(':id/erase')
  @HttpCode(200)
  @Access('Erase a person on request (GDPR art. 17): name and email replaced everywhere, the pseudonymous id kept for the audit trail', 'project_office')
  @ApiOkResponse({ type: ErasedPersonView })
  @ApiConflictResponse({ description: 'Your own account' })
  erase(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string) {
    return this.persons.erase(principal, id);
  }

  @Post(':id/absences')
  @HttpCode(201)
  @Access(
    'Set an absence with a substitute (yourself, or anyone for the project office): while it runs, your tasks — open and new — are in the substitute’s inbox for them to act on, reminders go to the substitute, and what they complete is recorded on your behalf; the tasks stay yours and return when it ends',
    'project_office',
    'contact_person',
  )
  @ApiCreatedResponse({ type: AbsenceView })
  createAbsence(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Body() dto: CreateAbsenceDto) {
    return this.absences.create(principal, id, dto);
  }

  @Get(':id/absences')
  @Access('A person’s absences, latest first (yourself, or anyone for the project office)', 'project_office', 'contact_person')
  @ApiOkResponse({ type: [AbsenceView] })
  listAbsences(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string) {
    return this.absences.list(principal, id);
  }

  @Delete(':id/absences/:absenceId')
  @HttpCode(204)
  @Access('End an absence now (one not begun yet is withdrawn): the tasks are the person’s own again', 'project_office', 'contact_person')
  @ApiNoContentResponse({ description: 'Ended' })
  endAbsence(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Param('absenceId', UuidParam) absenceId: string): Promise<void> {
    return this.absences.end(principal, id, absenceId);
  }

  @Post(':id/handover')
  @HttpCode(200)
  @Access(
    "Hand over everything a contact person holds — open tasks (interviews and gate tasks too), the activities they are responsible for, their network seats, the gates they decide and their organization's contact-person role — to a successor of the same organization, in one command: all or nothing, one audit entry per item; dryRun=true answers the list and changes nothing",
    'project_office',
  )
  @ApiOkResponse({ type: HandoverView })
  @ApiConflictResponse({ description: 'The person is not a contact person, or holds more than a handover moves' })
  handover(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Body() dto: HandoverDto, @Query() query: HandoverQuery) {
    return this.handovers.handover(principal, id, dto.to, query.dryRun === 'true');
  }

  @Post(':id/tokens')
  @Access('Issue a personal API token (yourself, or anyone for the project office); shown once', 'project_office', 'contact_person', 'participant')
  @ApiCreatedResponse({ type: IssuedTokenView })
  @ShownOnce('token')
  issueToken(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string, @Body() dto: IssueTokenDto): Promise<IssuedTokenView> {
    return this.persons.issueToken(principal, id, dto);
  }
}
