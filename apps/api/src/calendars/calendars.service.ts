import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BUILT_IN_CALENDARS, type WorkCalendar } from '@gov/domain';
import { AuditTrail, CalendarRules } from '@gov/persistence';
import type { Principal } from '../auth/principal.js';
import { ValidationProblem } from '../common/problem-details.filter.js';
import type { SetClosuresDto, WorkCalendarView } from './calendars.dto.js';

/** The working-day calendars and the closure days the project office registers for them. */
@Injectable()
export class CalendarsService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(CalendarRules) private readonly rules: CalendarRules,
    @Inject(AuditTrail) private readonly trail: AuditTrail,
  ) {}

  async list(): Promise<WorkCalendarView[]> {
    return (await this.rules.calendars()).map(view);
  }

  async setClosures(principal: Principal, key: string, dto: SetClosuresDto): Promise<WorkCalendarView> {
    if (!BUILT_IN_CALENDARS.some((c) => c.key === key)) throw new NotFoundException(`Calendar ${key} not found`);
    const seen = new Set<string>();
    const duplicates = dto.closures.map((c, i) => ({ c, i })).filter(({ c }) => seen.has(c.date) || !seen.add(c.date));
    if (duplicates.length) throw new ValidationProblem(duplicates.map(({ c, i }) => ({ field: `closures.${i}.date`, message: `${c.date} is listed twice` })));
    await this.db.transaction(async (m) => {
      await this.rules.replaceClosures(key, dto.closures, m);
      await this.trail.record(
        {
          type: 'calendar.closures_set',
          actorKind: 'person',
          actorId: principal.personId,
          actorRole: principal.role,
          programId: null,
          workflowId: null,
          runId: null,
          dedupeKey: `calendar-${key}/closures/${Date.now()}-${Math.random().toString(36).slice(2)}`,
          data: { calendar: key, dates: dto.closures.map((c) => c.date) },
        },
        m,
      );
    });
    return view((await this.rules.calendars()).find((c) => c.key === key)!);
  }
}

function view(c: WorkCalendar): WorkCalendarView {
  return {
    key: c.key,
    ...(c.name ? { name: c.name } : {}),
    ...(c.eves ? { eves: c.eves } : {}),
    closures: (c.closures ?? []).map((x) => ({ date: x.date, name: x.name ?? { sv: 'Stängt', en: 'Closed' } })),
    schoolBreaks: (c.schoolBreaks ?? []).map((b) => ({ key: b.key, ...(b.name ? { name: b.name } : {}), from: b.from, to: b.to })),
  };
}
