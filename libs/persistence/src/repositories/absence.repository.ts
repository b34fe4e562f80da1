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

  /** The persons a substitute acts for at a moment. */
  async actingFor(substituteId: string, at: Date = new Date(), manager?: EntityManager): Promise<string[]> {
    const rows = await this.repo(manager).createQueryBuilder('a').select('a.person_id', 'personId').distinct(true).where('a.substitute_id = :substituteId AND a.starts_at <= :at AND a.ends_at > :at', { substituteId, at }).getRawMany<{ personId: string }>();
    // Only while the substitute is the one acting (a later absence may name someone else).
    const acting: string[] = [];
    for (const { personId } of rows) if ((await this.substituteOf(personId, at, manager)) === substituteId) acting.push(personId);
    return acting;
  }

  list(personId: string, manager?: EntityManager): Promise<AbsenceEntity[]> {
    return this.repo(manager).find({ where: { personId }, order: { startsAt: 'DESC' }, take: 100 });
  }

  findById(id: string, manager?: EntityManager): Promise<AbsenceEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }
}
