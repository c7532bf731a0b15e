import type { ReactNode } from 'react';

import { SiteHeader } from '../../components/site-header';
import { requireStaff } from '../../lib/current-user';

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const user = await requireStaff();
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" className="mx-auto max-w-5xl space-y-6 px-4 py-8">
        {children}
      </main>
    </>
  );
}
