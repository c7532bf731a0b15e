import type { ReactNode } from 'react';

import { Role } from '@healthsync/domain/accounts';

import { requireRole } from '@/lib/current-user';

/**
 * Admin pages only. Checked here too, above the pages' loading boundaries, so that anyone else gets a
 * real redirect before any of the page streams (each page still checks for itself).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireRole(Role.Admin);
  return children;
}
