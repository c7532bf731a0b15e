import type { ReactNode } from 'react';

import type { CurrentUser } from '@healthsync/contracts/auth';

import { SiteHeader } from './site-header';

/** The page frame of a signed-in person: header with their navigation, then the page. */
export function SignedInShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-8">
        {children}
      </main>
    </>
  );
}
