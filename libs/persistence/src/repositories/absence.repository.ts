import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AbsenceEntity } from '../entities/absence.entity.js';

/** Who acts for whom, and when. */
@Injectable()
export class AbsenceRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(AbsenceEntity);
  }

  /** The substitute acting for a person at a moment (the latest absence set, if several overlap), or null. */
  async substituteOf(personId: string, at: Date = new Date(), manager?: EntityManager): Promise<string | null> {
    const row = await this.repo(manager)
      .createQueryBuilder('a')
      .where('a.person_id = :personId AND a.starts_at <= :at AND a.ends_at > :at', { personId, at })
      .orderBy('a.created_at', 'DESC')
      .getOne();
    return row?.substituteId ?? null;
  }

  /** The persons a substitute acts for at a moment: those whose latest running absence names them (one query: the inbox reads it). */
  async actingFor(substituteId: string, at: Date = new Date(), manager?: EntityManager): Promise<string[]> {
    const rows: { person_id: string }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT person_id FROM (
         SELECT DISTINCT ON (person_id) person_id, substitute_id FROM absences
          WHERE starts_at <= $2 AND ends_at > $2
            AND person_id IN (SELECT person_id FROM absences WHERE substitute_id = $1 AND starts_at <= $2 AND ends_at > $2)
          ORDER BY person_id, created_at DESC
       ) latest WHERE substitute_id = $1`,
      [substituteId, at],
    );
    return rows.map((r) => r.person_id);
  }

  list(personId: string, manager?: EntityManager): Promise<AbsenceEntity[]> {
    return this.repo(manager).find({ where: { personId }, order: { startsAt: 'DESC' }, take: 100 });
  }

  findById(id: string, manager?: EntityManager): Promise<AbsenceEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }
}
