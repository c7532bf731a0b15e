import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import { PendingRegistrationEntity } from './auth.entities';
import { PendingRegistrationsRepository, type PendingRegistration } from './pending-registrations.repository';

@Injectable()
export class TypeOrmPendingRegistrationsRepository extends PendingRegistrationsRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  async add(registration: PendingRegistration): Promise<void> {
    await this.db.getRepository(PendingRegistrationEntity).save(registration);
  }

  findOpen(tokenHash: string): Promise<PendingRegistration | null> {
    return this.db
      .getRepository(PendingRegistrationEntity)
      .createQueryBuilder('registration')
      .where('registration.token_hash = :tokenHash', { tokenHash })
      .andWhere('registration.used_at IS NULL AND registration.expires_at > now()')
      .getOne();
  }

  async consume(tokenHash: string, email: string): Promise<boolean> {
    const rows = (await this.db.query(
      `WITH used AS (
         UPDATE pending_registrations SET used_at = now()
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING id
       ), others AS (
         UPDATE pending_registrations SET used_at = now()
         WHERE email = $2 AND used_at IS NULL AND token_hash <> $1 AND EXISTS (SELECT 1 FROM used)
       )
       SELECT id FROM used`,
      [tokenHash, email],
    )) as unknown[];
    return rows.length === 1;
  }
}
