'use client';

import { useActionState, useState } from 'react';

import type { NotificationChannelName } from '@healthsync/contracts/notifications/notification-channels';
import {
  ALWAYS_ON_SECURITY_CHANNELS,
  NOTIFICATION_CATEGORIES,
  type NotificationCategoryName,
  type NotificationPreferencesView,
} from '@healthsync/contracts/notifications/notifications.responses';

import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import { Notice } from '@/components/ui/notice';
import { SelectField } from '@/components/ui/select-field';
import { savePreferencesAction } from '@/lib/actions/notifications';
import { type ActionState, fieldFrom } from '@/lib/problem';

const CATEGORY_TEXT: Record<NotificationCategoryName, { label: string; hint: string }> = {
  appointments: { label: 'Appointments', hint: 'Booked, confirmed, moved or cancelled.' },
  reminders: { label: 'Reminders', hint: 'Before each appointment.' },
  billing: { label: 'Billing', hint: 'Invoices and payments.' },
  security: {
    label: 'Security notices',
    hint: 'Sign-ins, password and two-factor changes. Always in-app and by email; they cannot be switched off.',
  },
};

const CHANNEL_LABELS: Record<NotificationChannelName, string> = {
  in_app: 'In the portal',
  email: 'Email',
  sms: 'Text message (SMS)',
  push: 'Browser push',
};

/** Channels a category always uses, shown ticked and locked. In-app delivery is never optional. */
function locked(category: NotificationCategoryName, channel: NotificationChannelName): boolean {
  return channel === 'in_app' || (category === 'security' && ALWAYS_ON_SECURITY_CHANNELS.includes(channel));
}

const WALL_TIME = '([01][0-9]|2[0-3]):[0-5][0-9]';

interface Props {
  preferences: NotificationPreferencesView;
  timeZones: string[];
  defaultTimeZone: string;
}

export function PreferencesForm({ preferences, timeZones, defaultTimeZone }: Props) {
  const [state, action, pending] = useActionState<ActionState, FormData>(savePreferencesAction, {});
  const [quiet, setQuiet] = useState(preferences.quietHours !== null);
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;

  return (
    <form action={action} className="space-y-6">
      <FormAlert message={state.formError} />
      {state.notice && <Notice message={state.notice} />}

      <section aria-labelledby="channels-heading" className="card space-y-4">
        <h2 id="channels-heading">How you hear from us</h2>
        {NOTIFICATION_CATEGORIES.map((category) => (
          <fieldset key={category} className="space-y-1" aria-describedby={`${category}-hint`}>
            <legend className="font-semibold">{CATEGORY_TEXT[category].label}</legend>
            <p id={`${category}-hint`} className="text-sm text-slate-700">
              {CATEGORY_TEXT[category].hint}
            </p>
            <div className="flex flex-wrap gap-x-6 gap-y-1">
              {(Object.keys(CHANNEL_LABELS) as NotificationChannelName[]).map((channel) => {
                const fixed = locked(category, channel);
                return (
                  <label key={channel} className="inline-flex items-center gap-2">
                    <input
                      type="checkbox"
                      name={`${category}.${channel}`}
                      defaultChecked={fixed || preferences.channels[category].includes(channel)}
                      disabled={fixed}
                      className="h-4 w-4"
                    />
                    {CHANNEL_LABELS[channel]}
                    {fixed && <span className="sr-only"> (always on)</span>}
                  </label>
                );
              })}
            </div>
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="consent-heading" className="card space-y-3">
        <h2 id="consent-heading">Consent</h2>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="emailConsent"
            defaultChecked={preferences.emailConsent}
            className="mt-1 h-4 w-4"
          />
          <span>I agree to receive appointment, reminder and billing messages by email.</span>
        </label>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="smsConsent"
            defaultChecked={preferences.smsConsent}
            className="mt-1 h-4 w-4"
          />
          <span>I agree to receive text messages (SMS) at the number below.</span>
        </label>
        <FormField
          {...fieldFrom(state, 'phone')}
          defaultValue={value('phone', preferences.phone ?? '')}
          label="Mobile number for SMS"
          hint="International format, for example +4915112345678."
          type="tel"
          autoComplete="tel"
          pattern="\+[1-9][0-9]{6,14}"
        />
      </section>

      <section aria-labelledby="quiet-heading" className="card space-y-3">
        <h2 id="quiet-heading">Quiet hours</h2>
        <p className="text-sm text-slate-700">
          Email, SMS and push wait until quiet hours end. Security notices and in-portal messages are never
          held back.
        </p>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="quietHours"
            defaultChecked={preferences.quietHours !== null}
            onChange={(event) => setQuiet(event.target.checked)}
            className="h-4 w-4"
          />
          Hold messages during quiet hours
        </label>
        <div className="grid gap-3 sm:grid-cols-3" hidden={!quiet}>
          <FormField
            {...fieldFrom(state, 'quietStart')}
            defaultValue={value('quietStart', preferences.quietHours?.start ?? '22:00')}
            label="From"
            type="time"
            pattern={WALL_TIME}
            required={quiet}
          />
          <FormField
            {...fieldFrom(state, 'quietEnd')}
            defaultValue={value('quietEnd', preferences.quietHours?.end ?? '07:00')}
            label="Until"
            type="time"
            pattern={WALL_TIME}
            required={quiet}
          />
          <SelectField
            name="quietTimeZone"
            label="Time zone"
            options={timeZones.map((zone) => ({ value: zone, label: zone }))}
            defaultValue={value('quietTimeZone', preferences.quietHours?.timeZone ?? defaultTimeZone)}
            error={state.fieldErrors?.['quietTimeZone']}
          />
        </div>
      </section>

      <button type="submit" className="btn" disabled={pending}>
        {pending ? 'Saving…' : 'Save settings'}
      </button>
    </form>
  );
}
