import Link from 'next/link';

import type { CurrentUser } from '@healthsync/contracts/auth';

import { signOut } from '../app/actions/auth';
import { navigationFor } from '../lib/navigation';

export function SiteHeader({ user }: { user: CurrentUser }) {
  const links = navigationFor(user.role);
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <span className="text-lg font-semibold text-brand-800">HealthSync</span>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3">
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
      </div>
    </header>
  );
}
