import type { Metadata } from 'next';

import { ContactForm } from '@/components/patients/contact-form';
import { MedicalHistorySections, VersionByline } from '@/components/patients/medical-history-view';
import { Demographics } from '@/components/patients/patient-details';
import { Notice } from '@/components/ui/notice';
import { updateMyContactAction } from '@/lib/actions/portal-profile';
import { clinicTimeZone } from '@/lib/config';
import { requirePatient } from '@/lib/current-user';
import { latestMedicalHistory, myPatientRecord } from '@/lib/patients-api';
import { patientValues } from '@/lib/patients/patient-form-values';

export const metadata: Metadata = { title: 'My profile' };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requirePatient();
  const [{ saved }, me] = await Promise.all([searchParams, myPatientRecord()]);
  const history = await latestMedicalHistory(me.id);
  return (
    <>
      {saved && <Notice message="Your contact details are saved." />}
      <div>
        <h1>My profile</h1>
        <p className="text-slate-700">To correct your name or date of birth, please ask the front desk.</p>
      </div>
      <Demographics patient={me} />
      <section aria-labelledby="my-history-heading" className="card space-y-4">
        <h2 id="my-history-heading">My medical history</h2>
        <VersionByline history={history} timeZone={clinicTimeZone()} />
        <MedicalHistorySections history={history} />
        <p className="text-sm text-slate-700">
          Your doctor keeps this record. If something is missing or wrong, tell them at your next visit.
        </p>
      </section>
      <section aria-labelledby="my-contact-heading" className="space-y-4">
        <div>
          <h2 id="my-contact-heading">My contact details</h2>
          <p className="text-slate-700">How the clinic reaches you, and whom to call in an emergency.</p>
        </div>
        <ContactForm action={updateMyContactAction} initial={patientValues(me)} />
      </section>
    </>
  );
}
