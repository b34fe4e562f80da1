import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PersonView, PreferencesDto, TokenView } from '../persons/person.dto.js';
import { PersonsService } from '../persons/persons.service.js';
import { UuidParam } from '../common/uuid.pipe.js';
import { Access, CurrentPrincipal } from './auth.decorators.js';
import type { Principal } from './principal.js';

@ApiTags('me')
@Controller()
export class MeController {
  constructor(@Inject(PersonsService) private readonly persons: PersonsService) {}

  @Get('me')
  @Access('Who am I: the signed-in person, role and permissions', 'project_office', 'manager', 'contact_person', 'participant')
  @ApiOkResponse({ type: PersonView })
  me(@CurrentPrincipal() principal: Principal): Promise<PersonView> {
    return this.persons.get(principal, principal.personId);
  }

  @Patch('me/preferences')
  @Access('Change my language and how reminders reach me (one mail each, or a daily digest at a time of day)', 'project_office', 'contact_person', 'participant')
  @ApiOkResponse({ type: PersonView })
  preferences(@CurrentPrincipal() principal: Principal, @Body() dto: PreferencesDto): Promise<PersonView> {
    return this.persons.updatePreferences(principal, dto);
  }

  @Get('me/tokens')
  @Access('My API tokens (never the tokens themselves)', 'project_office', 'manager', 'contact_person', 'participant')
  @ApiOkResponse({ type: [TokenView] })
  tokens(@CurrentPrincipal() principal: Principal): Promise<TokenView[]> {
    return this.persons.listTokens(principal.personId);
  }

  @Delete('tokens/:id')
  @HttpCode(204)
  @Access('Revoke an API token (your own, or anyone’s for the project office)', 'project_office', 'contact_person', 'participant')
  @ApiNoContentResponse({ description: 'Revoked' })
  revoke(@CurrentPrincipal() principal: Principal, @Param('id', UuidParam) id: string): Promise<void> {
    return this.persons.revokeToken(principal, id);
  }
}
