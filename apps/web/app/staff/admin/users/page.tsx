import type { Metadata } from 'next';
import Link from 'next/link';

import { SEARCH_TEXT_MAX_LENGTH } from '@healthsync/contracts/common/text-limits';
import { Role } from '@healthsync/domain/accounts';

import { UserFilterForm } from '@/components/admin/user-filter-form';
import { UserTable } from '@/components/admin/user-table';
import { Pagination } from '@/components/ui/pagination';
import { listUsers } from '@/lib/admin-api';
import { isRole, isStatus } from '@/lib/admin/account-labels';
import { clinicTimeZone } from '@/lib/config';
import { requireRole } from '@/lib/current-user';
import { pageNumber } from '@/lib/page-number';

export const metadata: Metadata = { title: 'User accounts' };

interface Props {
  searchParams: Promise<{ search?: string; role?: string; status?: string; page?: string }>;
}

export default async function UsersPage({ searchParams }: Props) {
  await requireRole(Role.Admin);
  const params = await searchParams;
  const filters = {
    search: params.search?.trim().slice(0, SEARCH_TEXT_MAX_LENGTH) || undefined,
    role: isRole(params.role) ? params.role : undefined,
    status: isStatus(params.status) ? params.status : undefined,
    page: pageNumber(params.page),
  };
  const users = await listUsers(filters);
  const filtered = Boolean(filters.search || filters.role || filters.status);

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1>User accounts</h1>
          <p className="text-slate-700">Staff and patient accounts; staff accounts are created here.</p>
        </div>
        <Link href="/staff/admin/users/new" className="btn">
          Create a staff account
        </Link>
      </div>
      <UserFilterForm search={filters.search} role={filters.role} status={filters.status} />
      <UserTable users={users.items} filtered={filtered} timeZone={clinicTimeZone()} />
      <Pagination
        pathname="/staff/admin/users"
        query={{ search: filters.search, role: filters.role, status: filters.status }}
        page={users.page}
        limit={users.limit}
        total={users.total}
        noun="accounts"
      />
    </>
  );
}
