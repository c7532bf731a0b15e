import Link from 'next/link';

import type { NotificationItem } from '@healthsync/contracts/notifications/notifications.responses';

import { formatDate, formatTime } from '@/lib/clinic-time';

import { MarkReadButton } from './mark-read-button';

const CATEGORY_LABELS: Record<NotificationItem['category'], string> = {
  appointments: 'Appointment',
  reminders: 'Reminder',
  billing: 'Billing',
  security: 'Security',
};

/** Links in notifications point into the portal, absolute for emails; the list opens them here. */
function portalPath(link: string): string {
  if (link.startsWith('/')) return link;
  try {
    const url = new URL(link);
    return `${url.pathname}${url.search}`;
  } catch {
    return '/notifications';
  }
}

function NotificationEntry({ item, timeZone }: { item: NotificationItem; timeZone: string }) {
  const unread = item.readAt === null;
  return (
    <li className="card notification-entry" data-unread={unread}>
      <div className="min-w-0 flex-1 space-y-1">
        <p className="text-sm text-slate-700">
          <span className="font-medium text-slate-900">
            {CATEGORY_LABELS[item.category] ?? item.category}
          </span>
          {' · '}
          <time dateTime={item.createdAt}>
            {formatDate(item.createdAt, timeZone)}, {formatTime(item.createdAt, timeZone)}
          </time>
          {unread && <span className="notification-unread-tag">Unread</span>}
        </p>
        <h2 className="text-base">{item.title}</h2>
        <p>{item.body}</p>
        {item.link && <Link href={portalPath(item.link)}>Open</Link>}
      </div>
      {unread && <MarkReadButton id={item.id} title={item.title} />}
    </li>
  );
}

export function NotificationList({ items, timeZone }: { items: NotificationItem[]; timeZone: string }) {
  return (
    <ul className="space-y-3" aria-label="Notifications">
      {items.map((item) => (
        <NotificationEntry key={item.id} item={item} timeZone={timeZone} />
      ))}
    </ul>
  );
}
