import type { Metadata } from 'next';
import Link from 'next/link';

import { LiveRefresh } from '@/components/notifications/live-refresh';
import { MarkAllReadButton } from '@/components/notifications/mark-read-button';
import { NotificationList } from '@/components/notifications/notification-list';
import { PageSteps } from '@/components/ui/pagination';
import { clinicTimeZone } from '@/lib/config';
import { listNotifications, NOTIFICATIONS_PAGE_SIZE } from '@/lib/notifications-api';
import { pageCount, pageNumber } from '@/lib/page-number';

export const metadata: Metadata = { title: 'Notifications' };

interface SearchParams {
  page?: string;
  show?: string;
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
  const pages = pageCount(result.total, NOTIFICATIONS_PAGE_SIZE);
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

      <PageSteps
        label="Pages"
        page={page}
        pages={pages}
        hrefOf={(target) => hrefOf(target, unreadOnly)}
        labels={{ previous: 'Newer', next: 'Older' }}
      />
    </>
  );
}
