import { AccountStatus, Role } from '@healthsync/domain/accounts';

import { FilterButtons, FilterSearch, FilterSelect } from '@/components/ui/filter-form';
import { ROLE_LABELS, STATUS_LABELS } from '@/lib/admin/account-labels';

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
      <FilterSearch
        id="user-search"
        name="search"
        label="Name or email"
        value={search}
        className="min-w-48 flex-[2]"
      />
      <FilterSelect
        id="user-role"
        name="role"
        label="Role"
        anyLabel="All roles"
        options={Object.values(Role).map((value) => ({ value, label: ROLE_LABELS[value] }))}
        value={role}
        className="min-w-36 flex-1"
      />
      <FilterSelect
        id="user-status"
        name="status"
        label="Status"
        anyLabel="Any status"
        options={Object.values(AccountStatus).map((value) => ({ value, label: STATUS_LABELS[value] }))}
        value={status}
        className="min-w-36 flex-1"
      />
      <FilterButtons filtered={Boolean(search || role || status)} clearHref="/staff/admin/users" />
    </form>
  );
}
