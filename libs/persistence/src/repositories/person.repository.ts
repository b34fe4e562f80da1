import { Inject, Injectable } from '@nestjs/common';
import { DataSource, ILike, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { PersonEntity } from '../entities/person.entity.js';

export type NewPerson = Pick<PersonEntity, 'id' | 'displayName' | 'email' | 'organizationId' | 'role' | 'permissions' | 'externalSubject' | 'locale'> &
  Partial<Pick<PersonEntity, 'mailDelivery' | 'digestTime'>>;

@Injectable()
export class PersonRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(PersonEntity);
  }

  async insert(person: NewPerson, manager?: EntityManager): Promise<PersonEntity> {
    await this.repo(manager).insert(person);
    return this.repo(manager).findOneByOrFail({ id: person.id });
  }

  findById(id: string): Promise<PersonEntity | null> {
    return this.repo().findOneBy({ id });
  }

  /** Emails are stored lower-case. */
  findByEmail(email: string): Promise<PersonEntity | null> {
    return this.repo().findOneBy({ email: email.toLowerCase() });
  }

  findByExternalSubject(subject: string): Promise<PersonEntity | null> {
    return this.repo().findOneBy({ externalSubject: subject });
  }

  /** A page of persons by name; optionally only one organization's, one role, or names containing `search`. */
  list(limit: number, offset: number, organizationId?: string, filter: { role?: PersonEntity['role']; search?: string } = {}): Promise<[PersonEntity[], number]> {
    const where: FindOptionsWhere<PersonEntity> = {};
    if (organizationId) where.organizationId = organizationId;
    if (filter.role) where.role = filter.role;
    // The search text is matched literally: LIKE's wildcards and escape in it are escaped.
    if (filter.search) where.displayName = ILike(`%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    return this.repo().findAndCount({
      where,
      order: { displayName: 'ASC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
  }

  async update(id: string, changes: Partial<NewPerson>): Promise<PersonEntity> {
    await this.repo().update({ id }, changes);
    return this.repo().findOneByOrFail({ id });
  }

  /** Removes the person with their absences, as the one away or as the substitute. */
  async delete(id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.query(`DELETE FROM absences WHERE person_id = $1 OR substitute_id = $1`, [id]);
      await m.getRepository(PersonEntity).delete({ id });
    });
  }

  count(manager?: EntityManager): Promise<number> {
    return this.repo(manager).count();
  }
}
