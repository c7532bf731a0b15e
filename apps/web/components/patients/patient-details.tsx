import type { ReactNode } from 'react';

import type { PatientView } from '@healthsync/contracts/patients';

import { formatCalendarDate } from '@/lib/clinic-time';
import { addressLines, sexLabel } from '@/lib/patients/format';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm font-medium text-slate-700">{term}</dt>
      <dd className="break-words">{children ?? <span className="text-slate-700">Not recorded</span>}</dd>
    </div>
  );
}

function DetailsCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="card space-y-3">
      <h2 id={id}>{title}</h2>
      <dl className="grid gap-3 sm:grid-cols-2">{children}</dl>
    </section>
  );
}

/** Who the patient is: name, MRN, date of birth, sex; for staff also whether they use the portal. */
export function Demographics({ patient, forStaff = false }: { patient: PatientView; forStaff?: boolean }) {
  return (
    <DetailsCard id="demographics-heading" title="Demographics">
      <Item term="Name">
        {patient.firstName} {patient.lastName}
      </Item>
      <Item term="Medical record number">
        <span className="font-mono">{patient.mrn}</span>
      </Item>
      <Item term="Date of birth">
        <time dateTime={patient.dateOfBirth}>{formatCalendarDate(patient.dateOfBirth)}</time>
      </Item>
      <Item term="Sex">{sexLabel(patient.sex)}</Item>
      {forStaff && <Item term="Portal account">{patient.hasAccount ? 'Yes' : 'No'}</Item>}
    </DetailsCard>
  );
}

/** How to reach the patient and whom to call in an emergency. */
export function ContactDetails({ patient }: { patient: PatientView }) {
  const contact = patient.emergencyContact;
  return (
    <DetailsCard id="contact-heading" title="Contact details">
      <Item term="Phone">{patient.phone}</Item>
      <Item term="Contact email">{patient.email}</Item>
      <Item term="Preferred language">{patient.preferredLanguage}</Item>
      <Item term="Address">
        {patient.address &&
          addressLines(patient.address).map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
      </Item>
      <Item term="Emergency contact">
        {contact && (
          <>
            {contact.name} ({contact.relationship}), {contact.phone}
          </>
        )}
      </Item>
    </DetailsCard>
  );
}

export function InsuranceDetails({ patient }: { patient: PatientView }) {
  return (
    <DetailsCard id="insurance-heading" title="Insurance">
      <Item term="Insurer">{patient.insurance?.payer}</Item>
      <Item term="Member number">{patient.insurance?.memberId}</Item>
    </DetailsCard>
  );
}
