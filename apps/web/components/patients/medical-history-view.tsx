import type { ReactNode } from 'react';

import type { MedicalHistoryView } from '@healthsync/contracts/patients';

import { formatDate, formatTime } from '@/lib/clinic-time';

function Section({ title, items }: { title: string; items: ReactNode[] }) {
  return (
    <div>
      <h3 className="font-semibold">{title}</h3>
      {items.length === 0 ? (
        <p className="text-slate-700">None recorded.</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6">
          {items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

const joined = (...parts: (string | number | null | undefined)[]) => parts.filter(Boolean).join(', ');

/** Who wrote a version and when, in the clinic's zone (named). */
export function VersionByline({ history, timeZone }: { history: MedicalHistoryView; timeZone: string }) {
  if (history.version === 0 || !history.recordedAt)
    return <p className="text-slate-700">Nothing recorded yet.</p>;
  return (
    <p className="text-slate-700">
      Version {history.version}, recorded{' '}
      <time dateTime={history.recordedAt}>
        {formatDate(history.recordedAt, timeZone)} at {formatTime(history.recordedAt, timeZone)} ({timeZone})
      </time>
      {history.author && <> by {history.author.name ?? 'a former staff member'}</>}
    </p>
  );
}

/** The sections of one version of a medical history, read-only. */
export function MedicalHistorySections({ history }: { history: MedicalHistoryView }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Section
        title="Allergies"
        items={history.allergies.map((allergy) => (
          <>
            <strong>{allergy.substance}</strong> ({allergy.severity})
            {allergy.reaction && `: ${allergy.reaction}`}
          </>
        ))}
      />
      <Section title="Chronic conditions" items={history.chronicConditions} />
      <Section
        title="Current medications"
        items={history.currentMedications.map((medication) =>
          joined(medication.name, medication.dose, medication.frequency),
        )}
      />
      <Section
        title="Past surgeries"
        items={history.pastSurgeries.map((surgery) => joined(surgery.procedure, surgery.year))}
      />
      <Section title="Family history" items={history.familyHistory} />
    </div>
  );
}
