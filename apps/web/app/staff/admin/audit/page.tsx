import type { Metadata } from 'next';

import { SEARCH_TEXT_MAX_LENGTH } from '@healthsync/contracts/common/text-limits';
import { Role } from '@healthsync/domain/accounts';

import { AuditEntryList } from '@/components/admin/audit-entry-list';
import { AuditFilterForm } from '@/components/admin/audit-filter-form';
import { ChainVerification } from '@/components/admin/chain-verification';
import { Pagination } from '@/components/ui/pagination';
import { listAuditEntries, userNamesById, verifyAuditChain } from '@/lib/admin-api';
import { AUDIT_FILTER_FIELDS, type AuditFilterInput, checkAuditFilters } from '@/lib/admin/audit-filters';
import { formatDate, formatTime } from '@/lib/clinic-time';
import { clinicTimeZone } from '@/lib/config';
import { requireRole } from '@/lib/current-user';
import { pageNumber } from '@/lib/page-number';
import { ApiError, fieldErrorsOf } from '@/lib/problem';

export const metadata: Metadata = { title: 'Audit log' };

type Params = Partial<Record<(typeof AUDIT_FILTER_FIELDS)[number] | 'page' | 'verify', string>>;

interface Props {
  searchParams: Promise<Params>;
}

/** What was typed into the filters, each cut to a search box's length (the checks below say what is wrong). */
const inputOf = (params: Params): AuditFilterInput =>
  Object.fromEntries(
    AUDIT_FILTER_FIELDS.map((field) => [
      field,
      params[field]?.trim().slice(0, SEARCH_TEXT_MAX_LENGTH) || undefined,
    ]),
  ) as AuditFilterInput;

/** The API's own field errors, should its rules be stricter than the page's check. */
async function entriesOrErrors(filters: Parameters<typeof listAuditEntries>[0]) {
  try {
    return { page: await listAuditEntries(filters), errors: {} };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 400 || error.fieldErrors.length === 0) throw error;
    return { page: null, errors: fieldErrorsOf(error.fieldErrors) };
  }
}

export default async function AuditPage({ searchParams }: Props) {
  await requireRole(Role.Admin);
  const params = await searchParams;
  const timeZone = clinicTimeZone();
  const input = inputOf(params);
  const checked = checkAuditFilters(input, timeZone);
  const page = pageNumber(params.page);
  const invalid = Object.keys(checked.errors).length > 0;
  const [listed, verification] = await Promise.all([
    invalid
      ? Promise.resolve({ page: null, errors: checked.errors })
      : entriesOrErrors({ ...checked.filters, page }),
    params.verify ? verifyAuditChain() : Promise.resolve(null),
  ]);
  const names = await userNamesById(
    (listed.page?.items ?? []).flatMap((entry) => [
      entry.actorId,
      entry.resourceType === 'user' ? entry.resourceId : null,
    ]),
  );
  const query = { ...input } as Record<string, string | undefined>;
  const hrefWith = (extra: Record<string, string>) =>
    `/staff/admin/audit?${new URLSearchParams(
      Object.entries({ ...query, ...extra }).filter((pair): pair is [string, string] => Boolean(pair[1])),
    )}`;
  const now = new Date().toISOString();

  return (
    <>
      <div>
        <h1>Audit log</h1>
        <p className="text-slate-700">
          Every read or change of health data, sign-in and admin action, newest first. Times are in the
          clinic&rsquo;s time zone ({timeZone}).
        </p>
      </div>
      <ChainVerification
        result={verification}
        verifyHref={hrefWith({ verify: '1' })}
        checkedAt={`${formatDate(now, timeZone)}, ${formatTime(now, timeZone)} ${timeZone}`}
      />
      <AuditFilterForm input={input} errors={listed.errors} timeZone={timeZone} />
      {listed.page ? (
        <>
          <AuditEntryList
            entries={listed.page.items}
            names={names}
            timeZone={timeZone}
            filterHref={hrefWith}
          />
          <Pagination
            pathname="/staff/admin/audit"
            query={query}
            page={listed.page.page}
            limit={listed.page.limit}
            total={listed.page.total}
            noun="entries"
          />
        </>
      ) : (
        <p className="card">Correct the filters above to see entries.</p>
      )}
    </>
  );
}
