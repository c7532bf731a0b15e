import type { ReactNode } from 'react';

import { SignedInShell } from '@/components/layout/signed-in-shell';
import { currentUser } from '@/lib/current-user';

/** Notifications are for every signed-in role, in their own frame. */
export default async function NotificationsLayout({ children }: { children: ReactNode }) {
  return <SignedInShell user={await currentUser()}>{children}</SignedInShell>;
}
