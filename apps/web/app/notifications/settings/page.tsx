import type { Metadata } from 'next';
import Link from 'next/link';

import { PreferencesForm } from '@/components/notifications/preferences-form';
import { clinicTimeZone } from '@/lib/config';
import { notificationPreferences } from '@/lib/notifications-api';

export const metadata: Metadata = { title: 'Notification settings' };

export default async function NotificationSettingsPage() {
  const preferences = await notificationPreferences();
  const clinicZone = clinicTimeZone();
  const zones = Intl.supportedValuesOf('timeZone');
  const timeZones = zones.includes(clinicZone) ? zones : [clinicZone, ...zones];
  return (
    <>
      <div>
        <p>
          <Link href="/notifications">← Notifications</Link>
        </p>
        <h1>Notification settings</h1>
        <p className="text-slate-700">Choose how each kind of message reaches you.</p>
      </div>
      <PreferencesForm preferences={preferences} timeZones={timeZones} defaultTimeZone={clinicZone} />
    </>
  );
}
