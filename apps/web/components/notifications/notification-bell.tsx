'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';

import { onUnreadAnnounced, useLiveEvents } from '../../lib/live-events';

function label(count: number): string {
  if (count === 0) return 'Notifications, none unread';
  return `Notifications, ${count} unread`;
}

/**
 * The header's bell: the unread count rendered by the server, raised live when a notification
 * arrives, and set when this page marks notifications read. A new server count replaces it.
 */
export function NotificationBell({ unread }: { unread: number | null }) {
  const [counted, setCounted] = useState({ server: unread, count: unread ?? 0 });
  if (counted.server !== unread) setCounted({ server: unread, count: unread ?? 0 });
  const live = useLiveEvents({
    notification: () => setCounted((current) => ({ ...current, count: current.count + 1 })),
  });
  useEffect(() => onUnreadAnnounced((count) => setCounted((current) => ({ ...current, count }))), []);
  const { count } = counted;

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
