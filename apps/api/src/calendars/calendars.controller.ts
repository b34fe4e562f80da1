import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { BUILT_IN_CALENDARS } from '@gov/domain';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { CalendarsService } from './calendars.service.js';
import { SetClosuresDto, WorkCalendarView } from './calendars.dto.js';

@ApiTags('calendars')
@Controller('calendars')
export class CalendarsController {
  constructor(@Inject(CalendarsService) private readonly calendars: CalendarsService) {}

  @Get()
  @Access("The working-day calendars: Sweden's, and the municipalities' with their school breaks and closure days", 'project_office', 'manager', 'contact_person')
  @ApiOkResponse({ type: [WorkCalendarView] })
  list() {
    return this.calendars.list();
  }

  @Put(':key/closures')
  @Access("Register a calendar's closure days (a klämdag, a julstängning): deadlines, offer windows and meetings that follow it keep off them from now on", 'project_office')
  @ApiParam({ name: 'key', enum: BUILT_IN_CALENDARS.map((c) => c.key), description: 'The calendar' })
  @ApiOkResponse({ type: WorkCalendarView })
  setClosures(@CurrentPrincipal() principal: Principal, @Param('key') key: string, @Body() dto: SetClosuresDto) {
    return this.calendars.setClosures(principal, key, dto);
  }
}
