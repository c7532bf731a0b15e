import type { ReactNode } from 'react';

import { SignedInShell } from '@/components/layout/signed-in-shell';
import { requireStaff } from '@/lib/current-user';

export default async function StaffLayout({ children }: { children: ReactNode }) {
  return <SignedInShell user={await requireStaff()}>{children}</SignedInShell>;
}
