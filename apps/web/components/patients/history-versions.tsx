import Link from 'next/link';

import type { MedicalHistoryVersionSummary } from '@healthsync/contracts/patients';

import { formatDate, formatTime } from '@/lib/clinic-time';

interface Props {
  patientId: string;
  versions: MedicalHistoryVersionSummary[];
  timeZone: string;
  /** The version on screen, marked in the list. */
  current?: number;
}

/** Every version of a medical history, newest first, each opening on its own page. */
export function HistoryVersions({ patientId, versions, timeZone, current }: Props) {
  if (versions.length === 0) return <p className="text-slate-700">No versions yet.</p>;
  return (
    <ol className="divide-y divide-slate-200" aria-label="Versions of the medical history">
      {versions.map((version) => (
        <li key={version.version} className="flex flex-wrap gap-x-4 py-2">
          <Link
            href={`/staff/patients/${patientId}/history/${version.version}`}
            aria-current={version.version === current ? 'page' : undefined}
            className="font-semibold"
          >
            Version {version.version}
          </Link>
          <time dateTime={version.recordedAt}>
            {formatDate(version.recordedAt, timeZone)}, {formatTime(version.recordedAt, timeZone)}
          </time>
          <span className="text-slate-700">{version.author?.name ?? 'Former staff member'}</span>
        </li>
      ))}
    </ol>
  );
}
