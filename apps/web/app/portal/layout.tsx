import type { ReactNode } from 'react';

import { SignedInShell } from '@/components/layout/signed-in-shell';
import { requirePatient } from '@/lib/current-user';

export default async function PortalLayout({ children }: { children: ReactNode }) {
  return <SignedInShell user={await requirePatient()}>{children}</SignedInShell>;
}
