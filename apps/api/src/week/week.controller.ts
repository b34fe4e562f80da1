import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { WeekQuery, WeekView } from './week.dto.js';
import { WeekService } from './week.service.js';

@ApiTags('tasks')
@Controller()
export class WeekController {
  constructor(@Inject(WeekService) private readonly weeks: WeekService) {}

  @Get('me/week')
  @Access('My week: my meetings, deadlines and cohort events this week and the next (Europe/Stockholm, from Monday), my overdue tasks, and my calendar subscription', 'project_office', 'contact_person', 'participant')
  @ApiOkResponse({ type: WeekView })
  week(@CurrentPrincipal() principal: Principal, @Query() query: WeekQuery): Promise<WeekView> {
    return this.weeks.week(principal, query);
  }
}
