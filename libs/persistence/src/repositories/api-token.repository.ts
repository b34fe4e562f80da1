import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { ApiTokenEntity } from '../entities/api-token.entity.js';

@Injectable()
export class ApiTokenRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ApiTokenEntity);
  }

  async insert(token: Pick<ApiTokenEntity, 'id' | 'personId' | 'name' | 'tokenHash' | 'prefix' | 'expiresAt'>, manager?: EntityManager): Promise<ApiTokenEntity> {
    await this.repo(manager).insert(token);
    return this.repo(manager).findOneByOrFail({ id: token.id });
  }

  /** The token with its person, if it exists and is not revoked (expiry is the caller's rule). */
  findUsable(tokenHash: string): Promise<ApiTokenEntity | null> {
    return this.repo().findOne({ where: { tokenHash, revokedAt: IsNull() }, relations: { person: true } });
  }

  findById(id: string): Promise<ApiTokenEntity | null> {
    return this.repo().findOneBy({ id });
  }

  listForPerson(personId: string): Promise<ApiTokenEntity[]> {
    return this.repo().find({ where: { personId }, order: { createdAt: 'DESC' } });
  }

  async revoke(id: string): Promise<void> {
    await this.repo().update({ id, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async touch(id: string): Promise<void> {
    await this.repo().update({ id }, { lastUsedAt: new Date() });
  }
}
