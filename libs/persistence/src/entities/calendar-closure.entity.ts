import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A closure day (a klämdag, a julstängning) the project office registered for a working-day calendar. */
@Entity({ name: 'calendar_closures' })
export class CalendarClosureEntity {
  @PrimaryColumn({ name: 'calendar_key', type: 'varchar', length: 40 }) calendarKey: string;
  @PrimaryColumn({ type: 'date' }) date: string;
  @Column({ name: 'name_sv', type: 'varchar', length: 100 }) nameSv: string;
  @Column({ name: 'name_en', type: 'varchar', length: 100 }) nameEn: string;
}
