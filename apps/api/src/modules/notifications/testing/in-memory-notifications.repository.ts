import { randomUUID } from 'node:crypto';

import type { Page } from '@healthsync/contracts/common';

import { pageOf } from '../../../database/testing/page-of';
import type { Transaction } from '../../../database/unit-of-work';
import { NotificationsRepository, type StoredNotification } from '../inbox/notifications.repository';
import type { NotificationDraft } from '../notification-listener';

type InboxEntry = StoredNotification & { userId: string; eventId: string | null };

/** Inboxes in memory; one notification per event, user and type, as the table's constraint keeps it. */
export class InMemoryNotificationsRepository extends NotificationsRepository {
  readonly entries: InboxEntry[] = [];

  in(_tx: Transaction): NotificationsRepository {
    return this;
  }

  async insertForEvent(eventId: string, draft: NotificationDraft): Promise<string | null> {
    const duplicate = this.entries.some(
      (entry) => entry.eventId === eventId && entry.userId === draft.userId && entry.type === draft.type,
    );
    if (duplicate) return null;
    return this.add({ ...draft, eventId }).id;
  }

  add(draft: NotificationDraft & { eventId?: string | null; readAt?: Date | null }): InboxEntry {
    const entry: InboxEntry = {
      id: randomUUID(),
      userId: draft.userId,
      eventId: draft.eventId ?? null,
      category: draft.category,
      type: draft.type,
      title: draft.title,
      body: draft.body,
      link: draft.link,
      data: draft.data ?? {},
      createdAt: new Date(Date.now() + this.entries.length),
      readAt: draft.readAt ?? null,
    };
    this.entries.push(entry);
    return entry;
  }

  async listForUser(
    userId: string,
    { unreadOnly, page, limit }: { unreadOnly: boolean; page: number; limit: number },
  ): Promise<Page<StoredNotification>> {
    const matching = this.entries
      .filter((entry) => entry.userId === userId && (!unreadOnly || !entry.readAt))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    return pageOf(matching, { page, limit });
  }

  async countUnread(userId: string): Promise<number> {
    return this.entries.filter((entry) => entry.userId === userId && !entry.readAt).length;
  }

  async markRead(userId: string, notificationId: string): Promise<boolean> {
    const entry = this.entries.find(
      (candidate) => candidate.id === notificationId && candidate.userId === userId,
    );
    if (entry) entry.readAt ??= new Date();
    return entry !== undefined;
  }

  async markAllRead(userId: string): Promise<void> {
    for (const entry of this.entries) if (entry.userId === userId) entry.readAt ??= new Date();
  }
}
