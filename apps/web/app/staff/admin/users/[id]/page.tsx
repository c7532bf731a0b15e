import type { Metadata } from 'next';
import Link from 'next/link';

import { AccountStatus, Role } from '@healthsync/domain/accounts';

import { AccountStatusForm } from '@/components/admin/account-status-form';
import { PasswordResetForm } from '@/components/admin/password-reset-form';
import { RoleChangeForm } from '@/components/admin/role-change-form';
import { StatusBadge } from '@/components/admin/status-badge';
import { Notice } from '@/components/ui/notice';
import { getUser } from '@/lib/admin-api';
import { fullName, ROLE_LABELS } from '@/lib/admin/account-labels';
import { formatDate, formatTime } from '@/lib/clinic-time';
import { clinicTimeZone } from '@/lib/config';
import { requireRole } from '@/lib/current-user';
import { byIdOrNotFound } from '@/lib/not-found';

export const metadata: Metadata = { title: 'User account' };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string; deactivated?: string; reactivated?: string; confirm?: string }>;
}

export default async function UserPage({ params, searchParams }: Props) {
  const admin = await requireRole(Role.Admin);
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await byIdOrNotFound(id, getUser);
  const timeZone = clinicTimeZone();
  const own = user.id === admin.id;
  const staff = user.role !== Role.Patient;

  return (
    <>
      <div>
        <p>
          <Link href="/staff/admin/users">All accounts</Link>
        </p>
        <h1>{fullName(user)}</h1>
        <p className="text-slate-700">
          {ROLE_LABELS[user.role]} · {user.email}
        </p>
      </div>
      {query.created && (
        <div role="status" className="card space-y-2 border-green-800 bg-green-50 text-green-950">
          <p className="font-semibold">Account created.</p>
          <p>
            An invitation email went to <strong>{user.email}</strong> with a link to set a password (valid for
            72 hours). No password is shown here: only the invitation link lets them in. If it expires, send a
            password-reset email below.
          </p>
          {user.doctor && (
            <p>
              Next:{' '}
              <Link href={`/staff/doctors/${user.doctor.id}`}>set {fullName(user)}&rsquo;s weekly hours</Link>
              .
            </p>
          )}
        </div>
      )}
      {query.deactivated && <Notice message="Account deactivated. Every session of it has ended." />}
      {query.reactivated && <Notice message="Account reactivated. They can sign in again." />}

      <section aria-labelledby="account-heading" className="card space-y-3">
        <h2 id="account-heading">Account</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          <Fact term="Status">
            <StatusBadge status={user.status} locked={user.locked} />
          </Fact>
          <Fact term="Role">{ROLE_LABELS[user.role]}</Fact>
          <Fact term={`Created (${timeZone})`}>
            {formatDate(user.createdAt, timeZone)}, {formatTime(user.createdAt, timeZone)}
          </Fact>
          <Fact term="Two-step sign-in">{user.totpEnabled ? 'On' : 'Off'}</Fact>
          {user.doctor && (
            <>
              <Fact term="Specialty">{user.doctor.specialty}</Fact>
              <Fact term="Licence number">{user.doctor.licenceNumber}</Fact>
              <Fact term="Doctor profile">
                <Link href={`/staff/doctors/${user.doctor.id}`}>Profile and weekly hours</Link>
              </Fact>
            </>
          )}
        </dl>
      </section>

      {own ? (
        <p className="card">This is your own account: another admin changes its role or status.</p>
      ) : (
        <>
          {staff && (
            <RoleChangeForm
              userId={user.id}
              role={user.role}
              specialty={user.doctor?.specialty}
              licenceNumber={user.doctor?.licenceNumber}
            />
          )}
          <AccountStatusForm
            userId={user.id}
            name={fullName(user)}
            active={user.status === AccountStatus.Active}
            confirming={query.confirm === 'status'}
          />
        </>
      )}
      <PasswordResetForm userId={user.id} email={user.email} />
    </>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-slate-700">{term}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}
