import Link from 'next/link';

import type { CurrentUser } from '@healthsync/contracts/auth';

import { NotificationBell } from '@/components/notifications/notification-bell';
import { signOut } from '@/lib/actions/auth';
import { navigationFor } from '@/lib/navigation';
import { unreadCount } from '@/lib/notifications-api';

import { HeaderMenu } from './header-menu';
import { MainNav } from './main-nav';

/** The unread count for the bell; a header never fails the page, so an outage shows no number. */
const unreadOrNothing = (): Promise<number | null> => unreadCount().catch(() => null);

export async function SiteHeader({ user }: { user: CurrentUser }) {
  const links = navigationFor(user.role);
  const unread = await unreadOrNothing();
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="site-header">
        <Link href={links[0]?.href ?? '/'} className="text-lg font-semibold text-brand-800 no-underline">
          HealthSync
        </Link>
        <div className="site-header-bell">
          <NotificationBell unread={unread} />
        </div>
        <HeaderMenu>
          <MainNav links={links} />
          <div className="header-account">
            <span>
              Signed in as{' '}
              <strong>
                {user.firstName} {user.lastName}
              </strong>
            </span>
            <form action={signOut}>
              <button type="submit" className="btn-secondary py-1">
                Sign out
              </button>
            </form>
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
