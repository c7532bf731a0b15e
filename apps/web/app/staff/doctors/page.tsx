import type { Metadata } from 'next';
import Link from 'next/link';

import { SEARCH_TEXT_MAX_LENGTH } from '@healthsync/contracts/common/text-limits';
import { SPECIALTY_MAX_LENGTH } from '@healthsync/contracts/scheduling/scheduling-limits';
import { Role } from '@healthsync/domain/accounts';

import { DoctorFilterForm } from '@/components/doctors/doctor-filter-form';
import { DoctorList } from '@/components/doctors/doctor-list';
import { Pagination } from '@/components/ui/pagination';
import { requireStaff } from '@/lib/current-user';
import { allSpecialties, searchDoctors } from '@/lib/doctors-api';
import { pageNumber } from '@/lib/page-number';

export const metadata: Metadata = { title: 'Doctors' };

interface Props {
  searchParams: Promise<{ specialty?: string; q?: string; page?: string }>;
}

export default async function DoctorsPage({ searchParams }: Props) {
  const user = await requireStaff();
  const params = await searchParams;
  const specialty = params.specialty?.trim().slice(0, SPECIALTY_MAX_LENGTH) || undefined;
  const q = params.q?.trim().slice(0, SEARCH_TEXT_MAX_LENGTH) || undefined;
  const page = pageNumber(params.page);
  const [doctors, specialties] = await Promise.all([searchDoctors({ specialty, q, page }), allSpecialties()]);

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1>Doctors</h1>
          <p className="text-slate-700">Profiles, fees and booking rules of the clinic&rsquo;s doctors.</p>
        </div>
        {user.role === Role.Doctor && user.doctorId && (
          <Link href={`/staff/doctors/${user.doctorId}`} className="btn">
            My profile and hours
          </Link>
        )}
      </div>
      <DoctorFilterForm specialties={specialties} specialty={specialty} q={q} />
      <DoctorList doctors={doctors.items} filtered={Boolean(specialty || q)} />
      <Pagination
        pathname="/staff/doctors"
        query={{ specialty, q }}
        page={doctors.page}
        limit={doctors.limit}
        total={doctors.total}
        noun="doctors"
      />
    </>
  );
}
