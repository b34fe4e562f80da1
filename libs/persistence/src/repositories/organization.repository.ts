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

  /**
   * The organization's contact person, its "entrance": the one a handover named while they are still
   * its contact person, else its first contact person; null when it has none.
   */
  async contactPersonOf(organizationId: string, manager?: EntityManager): Promise<string | null> {
    const [row] = await (manager ?? this.dataSource.manager).query(
      `SELECT p.id FROM persons p JOIN organizations o ON o.id = p.organization_id
        WHERE o.id = $1 AND p.role = 'contact_person'
        ORDER BY (p.id = o.contact_person_id) DESC, p.created_at ASC, p.id ASC LIMIT 1`,
      [organizationId],
    );
    return (row?.id as string | undefined) ?? null;
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
