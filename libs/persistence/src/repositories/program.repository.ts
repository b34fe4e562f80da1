import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ProgramEntity } from '../entities/program.entity.js';

@Injectable()
export class ProgramRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ProgramEntity);
  }

  async insert(program: Omit<ProgramEntity, 'createdAt'>, manager?: EntityManager): Promise<ProgramEntity> {
    const repo = this.repo(manager);
    await repo.insert(program);
    return repo.findOneByOrFail({ id: program.id });
  }

  findById(id: string): Promise<ProgramEntity | null> {
    return this.repo().findOneBy({ id });
  }

  /** Newest first. */
  list(limit: number, offset: number): Promise<[ProgramEntity[], number]> {
    return this.repo().findAndCount({ order: { createdAt: 'DESC', id: 'ASC' }, take: limit, skip: offset });
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
