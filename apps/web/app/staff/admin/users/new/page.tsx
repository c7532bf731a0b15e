import type { Metadata } from 'next';
import Link from 'next/link';

import { Role } from '@healthsync/domain/accounts';

import { CreateStaffForm } from '@/components/admin/create-staff-form';
import { requireRole } from '@/lib/current-user';

export const metadata: Metadata = { title: 'Create a staff account' };

export default async function NewStaffUserPage() {
  await requireRole(Role.Admin);
  return (
    <>
      <div>
        <p>
          <Link href="/staff/admin/users">All accounts</Link>
        </p>
        <h1>Create a staff account</h1>
        <p className="text-slate-700">
          Patients register themselves; admins, doctors and receptionists are added here.
        </p>
      </div>
      <CreateStaffForm />
    </>
  );
}
