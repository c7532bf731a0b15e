import { Role } from '@healthsync/domain/accounts';

export interface NavLink {
  href: string;
  label: string;
}

const PATIENT_LINKS: NavLink[] = [
  { href: '/portal', label: 'My appointments' },
  { href: '/portal/book', label: 'Book an appointment' },
  { href: '/portal/profile', label: 'My profile' },
];

const STAFF_LINKS: Record<Exclude<Role, Role.Patient>, NavLink[]> = {
  [Role.Admin]: [
    { href: '/staff', label: 'Today' },
    { href: '/staff/calendar', label: 'Calendar' },
    { href: '/staff/patients', label: 'Patients' },
    { href: '/staff/doctors', label: 'Doctors' },
    { href: '/staff/admin/users', label: 'Users' },
    { href: '/staff/admin/audit', label: 'Audit log' },
  ],
  [Role.Receptionist]: [
    { href: '/staff', label: 'Today' },
    { href: '/staff/calendar', label: 'Calendar' },
    { href: '/staff/patients', label: 'Patients' },
    { href: '/staff/doctors', label: 'Doctors' },
  ],
  [Role.Doctor]: [
    { href: '/staff', label: 'Today' },
    { href: '/staff/calendar', label: 'Calendar' },
    { href: '/staff/patients', label: 'Patients' },
    { href: '/staff/doctors', label: 'Doctors' },
  ],
};

/** The main navigation a role sees: only the pages it may open. */
export function navigationFor(role: Role): NavLink[] {
  return role === Role.Patient ? PATIENT_LINKS : STAFF_LINKS[role];
}
