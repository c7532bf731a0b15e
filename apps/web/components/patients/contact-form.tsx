'use client';

import { useActionState } from 'react';

import { FormAlert } from '@/components/ui/form-alert';
import { useClientValidation } from '@/lib/forms/use-client-validation';
import { fieldProps } from '@/lib/patients/form-state';
import type { ActionState } from '@/lib/problem';

import { ContactFields } from './patient-fields';

interface Props {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  initial: Record<string, string>;
}

/** A patient's own contact details, the only part of their record they change themselves. */
export function ContactForm({ action, initial }: Props) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, { values: initial });
  const { clientErrors, checkBeforeSubmit, formAlert } = useClientValidation();
  return (
    <form action={formAction} onSubmit={checkBeforeSubmit} noValidate className="space-y-6">
      <FormAlert message={formAlert(state.formError)} />
      <ContactFields field={fieldProps(state, clientErrors)} />
      <button type="submit" className="btn" disabled={pending}>
        {pending ? 'Saving…' : 'Save contact details'}
      </button>
    </form>
  );
}
