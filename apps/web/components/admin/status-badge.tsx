import { AccountStatus } from '@healthsync/domain/accounts';

import { STATUS_LABELS } from '@/lib/admin/account-labels';

/** Active or deactivated, plus "locked" after repeated failed sign-ins; words, not colour alone. */
export function StatusBadge({ status, locked }: { status: AccountStatus; locked: boolean }) {
  const tone =
    status === AccountStatus.Active
      ? 'border-green-800 bg-green-50 text-green-900'
      : 'border-slate-500 bg-slate-100 text-slate-800';
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`rounded border px-2 py-0.5 text-sm font-medium ${tone}`}>
        {STATUS_LABELS[status]}
      </span>
      {locked && (
        <span className="rounded border border-amber-800 bg-amber-50 px-2 py-0.5 text-sm font-medium text-amber-900">
          Locked
        </span>
      )}
    </span>
  );
}
