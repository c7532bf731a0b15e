import Link from 'next/link';

import type { UserSummary } from '@healthsync/contracts/admin';

import { fullName, ROLE_LABELS } from '@/lib/admin/account-labels';
import { formatDate } from '@/lib/clinic-time';

import { StatusBadge } from './status-badge';

interface Props {
  users: UserSummary[];
  filtered: boolean;
  timeZone: string;
}

/** Accounts as a table that scrolls sideways on a phone (and can be scrolled with the keyboard). */
export function UserTable({ users, filtered, timeZone }: Props) {
  if (users.length === 0) {
    return <p className="card">{filtered ? 'No accounts match these filters.' : 'No accounts yet.'}</p>;
  }
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-300 bg-white"
      role="region"
      aria-label="Accounts"
      tabIndex={0}
    >
      <table className="w-full text-left">
        <thead className="border-b border-slate-300 bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-3 py-2">
              Name
            </th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">
              Email
            </th>
            <th scope="col" className="px-3 py-2">
              Role
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="hidden px-3 py-2 md:table-cell">
              Created ({timeZone})
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {users.map((user) => (
            <tr key={user.id}>
              <td className="px-3 py-2">
                <Link href={`/staff/admin/users/${user.id}`} className="font-medium sm:whitespace-nowrap">
                  {fullName(user)}
                </Link>
                <span className="block text-sm break-all text-slate-700 sm:hidden">{user.email}</span>
              </td>
              <td className="hidden px-3 py-2 whitespace-nowrap sm:table-cell">{user.email}</td>
              <td className="px-3 py-2">
                {ROLE_LABELS[user.role]}
                {user.doctor && <span className="block text-sm text-slate-700">{user.doctor.specialty}</span>}
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={user.status} locked={user.locked} />
              </td>
              <td className="hidden px-3 py-2 text-sm md:table-cell">
                {formatDate(user.createdAt, timeZone)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
