import Link from 'next/link';

import { AccountStatus, Role } from '@healthsync/domain/accounts';

import { ROLE_LABELS, STATUS_LABELS } from './account-labels';

interface Props {
  search?: string;
  role?: Role;
  status?: AccountStatus;
}

/** A GET form: the filters live in the address, so a filtered list can be shared and reloaded. */
export function UserFilterForm({ search, role, status }: Props) {
  return (
    <form
      method="get"
      action="/staff/admin/users"
      role="search"
      className="card flex flex-wrap items-end gap-3"
    >
      <div className="min-w-48 flex-[2]">
        <label htmlFor="user-search" className="block font-medium">
          Name or email
        </label>
        <input
          id="user-search"
          name="search"
          type="search"
          defaultValue={search}
          maxLength={100}
          className="field-input"
        />
      </div>
      <div className="min-w-36 flex-1">
        <label htmlFor="user-role" className="block font-medium">
          Role
        </label>
        <select id="user-role" name="role" defaultValue={role ?? ''} className="field-input">
          <option value="">All roles</option>
          {Object.values(Role).map((value) => (
            <option key={value} value={value}>
              {ROLE_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-36 flex-1">
        <label htmlFor="user-status" className="block font-medium">
          Status
        </label>
        <select id="user-status" name="status" defaultValue={status ?? ''} className="field-input">
          <option value="">Any status</option>
          {Object.values(AccountStatus).map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className="btn">
          Filter
        </button>
        {(search || role || status) && (
          <Link href="/staff/admin/users" className="btn-secondary">
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
