import type { Page } from '@healthsync/contracts/common';
import type { NotificationPreferencesDto } from '@healthsync/contracts/notifications';
import type {
  LiveTicket,
  NotificationItem,
  NotificationPreferencesView,
  UnreadCount,
} from '@healthsync/contracts/notifications/notifications.responses';

import { api } from './api';

export const NOTIFICATIONS_PAGE_SIZE = 20;

export function listNotifications(page: number, unreadOnly: boolean): Promise<Page<NotificationItem>> {
  return api<Page<NotificationItem>>('/notifications', {
    query: { page, limit: NOTIFICATIONS_PAGE_SIZE, unread: unreadOnly ? 'true' : undefined },
  });
}

export async function unreadCount(): Promise<number> {
  return (await api<UnreadCount>('/notifications/unread-count')).unread;
}

export function markNotificationRead(id: string): Promise<void> {
  return api<void>(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
}

export function markAllNotificationsRead(): Promise<void> {
  return api<void>('/notifications/read-all', { method: 'POST' });
}

export function notificationPreferences(): Promise<NotificationPreferencesView> {
  return api<NotificationPreferencesView>('/notifications/preferences');
}

export function saveNotificationPreferences(
  preferences: NotificationPreferencesDto,
): Promise<NotificationPreferencesView> {
  return api<NotificationPreferencesView>('/notifications/preferences', { method: 'PUT', body: preferences });
}

/** A one-minute ticket for the browser's Socket.io connection (see app/live/ticket). */
export function liveTicket(): Promise<LiveTicket> {
  return api<LiveTicket>('/notifications/live-ticket', { method: 'POST' });
}
