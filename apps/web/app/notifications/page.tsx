import type { Metadata } from 'next';
import Link from 'next/link';

import { MAX_PAGE } from '@healthsync/contracts/common/page-limits';

import { LiveRefresh } from '@/components/notifications/live-refresh';
import { MarkAllReadButton } from '@/components/notifications/mark-read-button';
import { NotificationList } from '@/components/notifications/notification-list';
import { clinicTimeZone } from '@/lib/config';
import { listNotifications, NOTIFICATIONS_PAGE_SIZE } from '@/lib/notifications-api';

export const metadata: Metadata = { title: 'Notifications' };

interface SearchParams {
  page?: string;
  show?: string;
}

function pageNumber(value: string | undefined): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1;
}

function hrefOf(page: number, unreadOnly: boolean): string {
  const query = new URLSearchParams();
  if (unreadOnly) query.set('show', 'unread');
  if (page > 1) query.set('page', String(page));
  const search = query.toString();
  return search ? `/notifications?${search}` : '/notifications';
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const unreadOnly = params.show === 'unread';
  const page = pageNumber(params.page);
  const timeZone = clinicTimeZone();
  const result = await listNotifications(page, unreadOnly);
  const pages = Math.max(1, Math.ceil(result.total / NOTIFICATIONS_PAGE_SIZE));
  const hasUnread = result.items.some((item) => item.readAt === null) || unreadOnly;

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1>Notifications</h1>
          <p className="text-slate-700">Newest first · times in the clinic&rsquo;s time zone ({timeZone})</p>
          <LiveRefresh on="notification" label="Notifications" />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/notifications/settings">Notification settings</Link>
          {hasUnread && result.total > 0 && <MarkAllReadButton />}
        </div>
      </div>

      <nav aria-label="Which notifications" className="flex gap-4">
        <Link href={hrefOf(1, false)} aria-current={unreadOnly ? undefined : 'page'}>
          All
        </Link>
        <Link href={hrefOf(1, true)} aria-current={unreadOnly ? 'page' : undefined}>
          Unread only
        </Link>
      </nav>

      {result.items.length === 0 ? (
        <div className="card space-y-2 text-center">
          <h2>{unreadOnly ? 'Nothing unread' : 'No notifications yet'}</h2>
          <p>
            {unreadOnly
              ? 'You have read every notification.'
              : 'Bookings, changes to your appointments, reminders and security notices will appear here.'}
          </p>
        </div>
      ) : (
        <NotificationList items={result.items} timeZone={timeZone} />
      )}

      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center justify-between gap-3">
          {page > 1 ? (
            <Link href={hrefOf(page - 1, unreadOnly)} rel="prev">
              Newer
            </Link>
          ) : (
            <span />
          )}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <Link href={hrefOf(page + 1, unreadOnly)} rel="next">
              Older
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </>
  );
}
