import Link from 'next/link';

import type { AuditEntryView } from '@healthsync/contracts/audit';
import { AuditOutcome } from '@healthsync/contracts/audit/audit-rules';

import { ROLE_LABELS } from '@/lib/admin/account-labels';
import { formatDate, formatTime } from '@/lib/clinic-time';

interface Props {
  entries: AuditEntryView[];
  /** Account names by id: of actors, and of accounts that were the target. */
  names: Map<string, string>;
  timeZone: string;
  /** A link to the page with one more filter set (the others kept). */
  filterHref: (filter: Record<string, string>) => string;
}

const FAILED = { label: 'Failed', tone: 'border-red-700 bg-red-50 text-red-900' };

const OUTCOME_STYLES: Record<AuditOutcome, { label: string; tone: string }> = {
  [AuditOutcome.Success]: { label: 'Success', tone: 'border-green-800 bg-green-50 text-green-900' },
  [AuditOutcome.Failure]: FAILED,
  [AuditOutcome.Denied]: { label: 'Denied', tone: 'border-amber-800 bg-amber-50 text-amber-900' },
  [AuditOutcome.NotFound]: { label: 'Not found', tone: 'border-slate-500 bg-slate-100 text-slate-800' },
};

// Sorted by key: the store (JSONB) does not keep the order the keys were written in.
const detailText = (detail: AuditEntryView['detail']) =>
  Object.entries(detail ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(', ');

/** Audit entries, newest first: when, who, what, to which record, from where, and how it ended. */
export function AuditEntryList({ entries, names, timeZone, filterHref }: Props) {
  if (entries.length === 0) return <p className="card">No audit entries match these filters.</p>;
  return (
    <ol className="space-y-3" aria-label="Audit entries">
      {entries.map((entry) => {
        const outcome = OUTCOME_STYLES[entry.outcome] ?? FAILED;
        const actorName = entry.actorId ? (names.get(entry.actorId) ?? 'Unknown account') : 'Anonymous';
        return (
          <li key={entry.id} className="card space-y-2">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="text-sm text-slate-700">#{entry.sequence}</span>
              <time dateTime={entry.recordedAt} className="font-medium">
                {formatDate(entry.recordedAt, timeZone)}, {formatTime(entry.recordedAt, timeZone)}
              </time>
              <code className="rounded bg-slate-100 px-1.5 py-0.5 font-semibold">{entry.action}</code>
              <span className={`rounded border px-2 py-0.5 text-sm font-medium ${outcome.tone}`}>
                {outcome.label}
              </span>
            </div>
            <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
              <div>
                <dt className="inline text-slate-700">Who: </dt>
                <dd className="inline">
                  {actorName}
                  {entry.actorRole && ` (${ROLE_LABELS[entry.actorRole]})`}
                  {entry.actorId && (
                    <>
                      {' '}
                      · <Link href={filterHref({ actorId: entry.actorId })}>only this person</Link>
                    </>
                  )}
                </dd>
              </div>
              <div>
                <dt className="inline text-slate-700">Target: </dt>
                <dd className="inline break-all">
                  {entry.resourceType}
                  {entry.resourceType === 'user' && entry.resourceId && names.has(entry.resourceId) && (
                    <>
                      {' '}
                      <Link href={`/staff/admin/users/${entry.resourceId}`}>
                        {names.get(entry.resourceId)}
                      </Link>
                    </>
                  )}
                  {entry.resourceId && (
                    <>
                      {' '}
                      <code className="text-slate-700">{entry.resourceId}</code>
                    </>
                  )}
                </dd>
              </div>
              {entry.patientId && (
                <div>
                  <dt className="inline text-slate-700">Patient: </dt>
                  <dd className="inline break-all">
                    <code>{entry.patientId}</code> ·{' '}
                    <Link href={filterHref({ patientId: entry.patientId })}>only this patient</Link>
                  </dd>
                </div>
              )}
              {entry.detail && Object.keys(entry.detail).length > 0 && (
                <div>
                  <dt className="inline text-slate-700">Detail: </dt>
                  <dd className="inline">{detailText(entry.detail)}</dd>
                </div>
              )}
              <div className="sm:col-span-2">
                <dt className="inline text-slate-700">From: </dt>
                <dd className="inline break-all">
                  {entry.ip || 'unknown address'} · request <code>{entry.requestId}</code>
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
