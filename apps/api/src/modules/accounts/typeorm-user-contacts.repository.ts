import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import { UserContacts, type UserContact } from './user-contacts.repository';

interface ContactRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
}

@Injectable()
export class TypeOrmUserContacts extends UserContacts {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  async contactsOf(userIds: readonly string[]): Promise<Map<string, UserContact>> {
    if (userIds.length === 0) return new Map();
    const rows = (await this.db.query(
      `SELECT u.id, u.first_name, u.last_name, u.email::text AS email, p.phone
       FROM users u LEFT JOIN patients p ON p.user_id = u.id WHERE u.id = ANY($1::uuid[])`,
      [[...new Set(userIds)]],
    )) as ContactRow[];
    return new Map(
      rows.map((row) => [
        row.id,
        { name: `${row.first_name} ${row.last_name}`, email: row.email, phone: row.phone },
      ]),
    );
  }
}
