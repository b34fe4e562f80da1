import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BUILT_IN_CALENDARS, calendarRuleFor, type CalendarBasis, type CalendarRule, type LocalDate, type Localized, type WorkCalendar } from '@gov/domain';
import { CalendarClosureEntity } from '../entities/calendar-closure.entity.js';

/**
 * The working-day calendars as the engine counts them: the built-in ones (weekends, public
 * holidays, eves, school breaks) with the closure days the project office registered for each.
 */
@Injectable()
export class CalendarRules {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(CalendarClosureEntity);
  }

  /** Every calendar with its registered closure days (labelled, for people). */
  async calendars(): Promise<WorkCalendar[]> {
    const closures = await this.repo().find({ order: { calendarKey: 'ASC', date: 'ASC' } });
    return BUILT_IN_CALENDARS.map((c) => ({ ...c, closures: [...(c.closures ?? []), ...closures.filter((x) => x.calendarKey === c.key).map((x) => ({ date: x.date, name: { sv: x.nameSv, en: x.nameEn } }))] }));
  }

  /** A calendar as a workflow's input carries it (days only), its registered closures included; undefined for an unknown key. */
  async ruleFor(choice: { key: string; basis: CalendarBasis } | null | undefined, manager?: EntityManager): Promise<CalendarRule | undefined> {
    const rule = calendarRuleFor(choice);
    if (!rule) return undefined;
    const closures = await this.repo(manager).find({ where: { calendarKey: rule.calendar.key }, order: { date: 'ASC' } });
    if (!closures.length) return rule;
    return { ...rule, calendar: { ...rule.calendar, closures: [...(rule.calendar.closures ?? []), ...closures.map((c) => ({ date: c.date }))] } };
  }

  /** A calendar as people read it (with labels: why a day is off), its registered closures included. */
  async labelledRuleFor(choice: { key: string; basis: CalendarBasis } | null | undefined): Promise<CalendarRule | undefined> {
    const calendar = choice ? (await this.calendars()).find((c) => c.key === choice.key) : undefined;
    return calendar && choice ? { calendar, basis: choice.basis } : undefined;
  }

  /** Replaces a calendar's registered closure days. */
  async replaceClosures(key: string, closures: { date: LocalDate; name: Localized }[], manager: EntityManager): Promise<void> {
    await manager.delete(CalendarClosureEntity, { calendarKey: key });
    if (closures.length) await manager.insert(CalendarClosureEntity, closures.map((c) => ({ calendarKey: key, date: c.date, nameSv: c.name.sv, nameEn: c.name.en })));
  }
}
