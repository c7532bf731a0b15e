import Link from 'next/link';

import { AUDIT_NAME_MAX_LENGTH } from '@healthsync/contracts/audit/audit-rules';

import { FormField } from '@/components/ui/form-field';
import type { AuditFilterInput } from '@/lib/admin/audit-filters';

interface Props {
  input: AuditFilterInput;
  errors: Record<string, string>;
  timeZone: string;
}

/** A GET form over the audit trail's filters; errors from the API's rules show next to each field. */
export function AuditFilterForm({ input, errors, timeZone }: Props) {
  const field = (name: keyof AuditFilterInput) => ({ name, defaultValue: input[name], error: errors[name] });
  const filtered = Object.values(input).some(Boolean);
  return (
    <form method="get" action="/staff/admin/audit" role="search" className="card space-y-4" noValidate>
      <h2>Filter</h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FormField
          {...field('action')}
          label="Action"
          hint="e.g. admin.user_role_change"
          maxLength={AUDIT_NAME_MAX_LENGTH}
        />
        <FormField
          {...field('resourceType')}
          label="Type"
          hint="e.g. user, patient, appointment"
          maxLength={AUDIT_NAME_MAX_LENGTH}
        />
        <FormField {...field('actorId')} label="Actor id" hint="Who did it (account id)" />
        <FormField {...field('patientId')} label="Patient id" hint="Whose record was touched" />
        <FormField {...field('from')} label="From" hint={`In ${timeZone}, inclusive`} type="datetime-local" />
        <FormField {...field('to')} label="To" hint={`In ${timeZone}, exclusive`} type="datetime-local" />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn">
          Filter
        </button>
        {filtered && (
          <Link href="/staff/admin/audit" className="btn-secondary">
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
