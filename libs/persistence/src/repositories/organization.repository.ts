import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganizationEntity } from '../entities/organization.entity.js';
import { PersonEntity } from '../entities/person.entity.js';

@Injectable()
export class OrganizationRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(OrganizationEntity);
  }

  async insert(org: Pick<OrganizationEntity, 'id' | 'name' | 'type'>, manager?: EntityManager): Promise<OrganizationEntity> {
    await this.repo(manager).insert(org);
    return this.repo(manager).findOneByOrFail({ id: org.id });
  }

  findById(id: string): Promise<OrganizationEntity | null> {
    return this.repo().findOneBy({ id });
  }

  findByName(name: string): Promise<OrganizationEntity | null> {
    return this.repo().findOneBy({ name });
  }

  list(limit: number, offset: number, onlyId?: string): Promise<[OrganizationEntity[], number]> {
    return this.repo().findAndCount({ where: onlyId ? { id: onlyId } : {}, order: { name: 'ASC' }, take: limit, skip: offset });
  }

  async update(id: string, changes: Partial<Pick<OrganizationEntity, 'name' | 'type'>>): Promise<OrganizationEntity> {
    await this.repo().update({ id }, changes);
    return this.repo().findOneByOrFail({ id });
  }

  countPersons(id: string): Promise<number> {
    return this.dataSource.getRepository(PersonEntity).countBy({ organizationId: id });
  }

  async delete(id: string): Promise<void> {
    await this.repo().delete({ id });
  }
}
