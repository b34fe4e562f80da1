import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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

  list(limit: number, offset: number, organizationId?: string): Promise<[PersonEntity[], number]> {
    return this.repo().findAndCount({
      where: organizationId ? { organizationId } : {},
      order: { displayName: 'ASC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
  }

  async update(id: string, changes: Partial<NewPerson>): Promise<PersonEntity> {
    await this.repo().update({ id }, changes);
    return this.repo().findOneByOrFail({ id });
  }

  async delete(id: string): Promise<void> {
    await this.repo().delete({ id });
  }

  count(manager?: EntityManager): Promise<number> {
    return this.repo(manager).count();
  }
}
