'use client';

import Link from 'next/link';

import { useLiveEvents } from '@/lib/live-events';
import { countOneMoreUnread, useUnreadCount } from '@/lib/live-unread';

function label(count: number): string {
  if (count === 0) return 'Notifications, none unread';
  return `Notifications, ${count} unread`;
}

/**
 * The header's bell: the unread count rendered by the server, raised live when a notification
 * arrives, and set when this page marks notifications read (see lib/live-unread).
 */
export function NotificationBell({ unread }: { unread: number | null }) {
  const count = useUnreadCount(unread);
  const live = useLiveEvents({ notification: countOneMoreUnread });

  return (
    <>
      <Link
        href="/notifications"
        className="notification-bell"
        aria-label={label(count)}
        data-testid="notification-bell"
        data-unread={count}
        data-live={live}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" fill="none" stroke="currentColor">
          <path
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
            d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0"
          />
        </svg>
        <span className="notification-bell-count" aria-hidden="true" hidden={count === 0}>
          {count > 99 ? '99+' : count}
        </span>
      </Link>
      <span className="sr-only" role="status">
        {count > 0 ? `${count} unread notifications` : ''}
      </span>
    </>
  );
}
