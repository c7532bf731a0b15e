import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { In, type EntityManager } from 'typeorm';

import { UserEntity } from './user.entity';
import { UserNames } from './user-names.repository';

@Injectable()
export class TypeOrmUserNames extends UserNames {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  async namesOf(userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const users = await this.db.getRepository(UserEntity).find({
      where: { id: In([...new Set(userIds)]) },
      select: { id: true, firstName: true, lastName: true },
    });
    return new Map(users.map((user) => [user.id, `${user.firstName} ${user.lastName}`]));
  }
}
