import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';

import type { Page } from '@healthsync/contracts/common';
import type { NotificationCategoryName } from '@healthsync/domain/notifications';

import { optionalDate, pageOfRows } from '../../../database/rows';
import { managerOf } from '../../../database/typeorm-unit-of-work';
import type { Transaction } from '../../../database/unit-of-work';
import type { NotificationDraft } from '../notification-listener';
import { NotificationsRepository, type StoredNotification } from './notifications.repository';

interface NotificationRow {
  id: string;
  category: NotificationCategoryName;
  type: string;
  title: string;
  body: string;
  link: string | null;
  data: Record<string, unknown> | null;
  created_at: Date;
  read_at: Date | null;
}

function toNotification(row: NotificationRow): StoredNotification {
  return {
    id: row.id,
    category: row.category,
    type: row.type,
    title: row.title,
    body: row.body,
    link: row.link ?? null,
    data: row.data ?? {},
    createdAt: new Date(row.created_at),
    readAt: optionalDate(row.read_at),
  };
}

@Injectable()
export class TypeOrmNotificationsRepository extends NotificationsRepository {
  constructor(@InjectEntityManager() private readonly db: EntityManager) {
    super();
  }

  in(tx: Transaction): NotificationsRepository {
    return new TypeOrmNotificationsRepository(managerOf(tx));
  }

  async insertForEvent(eventId: string, draft: NotificationDraft): Promise<string | null> {
    const [created] = (await this.db.query(
      `INSERT INTO notifications (user_id, event_id, category, type, title, body, link, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) ON CONFLICT (event_id, user_id, type) DO NOTHING RETURNING id`,
      [
        draft.userId,
        eventId,
        draft.category,
        draft.type,
        draft.title,
        draft.body,
        draft.link,
        JSON.stringify(draft.data ?? {}),
      ],
    )) as Array<{ id: string }>;
    return created?.id ?? null;
  }

  async listForUser(
    userId: string,
    { unreadOnly, page, limit }: { unreadOnly: boolean; page: number; limit: number },
  ): Promise<Page<StoredNotification>> {
    const rows = (await this.db.query(
      `SELECT id, category, type, title, body, link, data, created_at, read_at, count(*) OVER () AS total
       FROM notifications WHERE user_id = $1 AND ($2::boolean IS NOT TRUE OR read_at IS NULL)
       ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
      [userId, unreadOnly, limit, (page - 1) * limit],
    )) as Array<NotificationRow & { total: string }>;
    return pageOfRows(rows, { page, limit }, toNotification);
  }

  async countUnread(userId: string): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    )) as Array<{ unread: number }>;
    return row?.unread ?? 0;
  }

  async markRead(userId: string, notificationId: string): Promise<boolean> {
    const [updated] = (await this.db.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`,
      [notificationId, userId],
    )) as [unknown[], number];
    return updated.length > 0;
  }

  async markAllRead(userId: string): Promise<void> {
    await this.db.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [
      userId,
    ]);
  }
}
