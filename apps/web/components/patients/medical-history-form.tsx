'use client';

import { useActionState, useState } from 'react';

import {
  type AllergySeverity,
  MEDICAL_HISTORY_MAX_ENTRIES,
  MEDICAL_HISTORY_TEXT_MAX,
} from '@healthsync/contracts/patients/medical-history-rules';

import { FormAlert } from '@/components/ui/form-alert';
import { SubmitOrCancel } from '@/components/ui/submit-or-cancel';
import { useClientValidation } from '@/lib/forms/use-client-validation';
import { fieldProps } from '@/lib/patients/form-state';
import {
  HISTORY_SECTIONS,
  rowCount,
  rowField,
  type HistorySection,
} from '@/lib/patients/history-form-values';
import type { ActionState, FieldProps } from '@/lib/problem';

/** Most entries a section holds. */
const MAX_ROWS = MEDICAL_HISTORY_MAX_ENTRIES;

interface FieldUi {
  label: string;
  maxLength?: number;
  kind?: 'year' | 'severity';
}

const SECTION_UI: Record<HistorySection, { legend: string; item: string; fields: FieldUi[] }> = {
  allergies: {
    legend: 'Allergies',
    item: 'allergy',
    fields: [
      { label: 'Substance', maxLength: MEDICAL_HISTORY_TEXT_MAX.substance },
      { label: 'Reaction (optional)', maxLength: MEDICAL_HISTORY_TEXT_MAX.reaction },
      { label: 'Severity', kind: 'severity' },
    ],
  },
  chronicConditions: {
    legend: 'Chronic conditions',
    item: 'condition',
    fields: [{ label: 'Condition', maxLength: MEDICAL_HISTORY_TEXT_MAX.condition }],
  },
  currentMedications: {
    legend: 'Current medications',
    item: 'medication',
    fields: [
      { label: 'Medication', maxLength: MEDICAL_HISTORY_TEXT_MAX.medication },
      { label: 'Dose (optional)', maxLength: MEDICAL_HISTORY_TEXT_MAX.dose },
      { label: 'How often (optional)', maxLength: MEDICAL_HISTORY_TEXT_MAX.frequency },
    ],
  },
  pastSurgeries: {
    legend: 'Past surgeries',
    item: 'surgery',
    fields: [
      { label: 'Procedure', maxLength: MEDICAL_HISTORY_TEXT_MAX.procedure },
      { label: 'Year (optional)', kind: 'year' },
    ],
  },
  familyHistory: {
    legend: 'Family history',
    item: 'family history entry',
    fields: [
      {
        label: 'Relative and condition, e.g. mother: hypertension',
        maxLength: MEDICAL_HISTORY_TEXT_MAX.familyHistory,
      },
    ],
  },
};

const SECTIONS = Object.keys(HISTORY_SECTIONS) as HistorySection[];

/** Every severity of ALLERGY_SEVERITIES, labelled (a Record, so the compiler notices a new one). */
const SEVERITY_LABELS: Record<AllergySeverity, string> = {
  mild: 'Mild',
  moderate: 'Moderate',
  severe: 'Severe',
};

function RowField({ props, ui, rowLabel }: { props: FieldProps; ui: FieldUi; rowLabel: string }) {
  const id = `field-${props.name}`;
  const common = {
    id,
    name: props.name,
    defaultValue: props.defaultValue,
    className: 'field-input',
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': props.error ? `${id}-error` : undefined,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        <span className="sr-only">{rowLabel}: </span>
        {ui.label}
      </label>
      {ui.kind === 'severity' ? (
        <select {...common}>
          <option value="">Choose…</option>
          {Object.entries(SEVERITY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      ) : ui.kind === 'year' ? (
        <input
          {...common}
          type="number"
          inputMode="numeric"
          min={1900}
          max={new Date().getFullYear()}
          step={1}
        />
      ) : (
        <input {...common} type="text" maxLength={ui.maxLength} />
      )}
      {props.error && (
        <p id={`${id}-error`} className="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}

function SectionRows({
  section,
  rows,
  field,
  onAdd,
}: {
  section: HistorySection;
  rows: number;
  field: (name: string) => FieldProps;
  onAdd: () => void;
}) {
  const ui = SECTION_UI[section];
  return (
    <fieldset className="card space-y-3">
      <legend className="px-1 text-lg font-semibold">{ui.legend}</legend>
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="grid gap-3 border-b border-slate-200 pb-3 sm:grid-cols-3">
          {ui.fields.map((fieldUi, index) => (
            <RowField
              key={fieldUi.label}
              props={field(rowField(section, row, HISTORY_SECTIONS[section][index] ?? ''))}
              ui={fieldUi}
              rowLabel={`${ui.legend} ${row + 1}`}
            />
          ))}
        </div>
      ))}
      <p className="text-sm text-slate-700">
        Leave a row empty to leave it out; empty a row to remove its entry.
      </p>
      {rows < MAX_ROWS && (
        <button type="button" className="btn-secondary" onClick={onAdd}>
          Add another {ui.item}
        </button>
      )}
    </fieldset>
  );
}

interface Props {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  initial: Record<string, string>;
  expectedVersion: number;
  cancelHref: string;
}

/** A new version of the medical history, starting from the latest; every section is sent as a whole. */
export function MedicalHistoryForm({ action, initial, expectedVersion, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, { values: initial });
  const [rows, setRows] = useState(() =>
    Object.fromEntries(
      SECTIONS.map((section) => [section, Math.min(MAX_ROWS, rowCount(initial, section) + 1)]),
    ),
  );
  const { clientErrors, checkBeforeSubmit, formAlert } = useClientValidation();
  const field = fieldProps(state, clientErrors);
  return (
    <form action={formAction} onSubmit={checkBeforeSubmit} noValidate className="space-y-6">
      <FormAlert message={formAlert(state.formError)} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      {SECTIONS.map((section) => (
        <SectionRows
          key={section}
          section={section}
          rows={rows[section] ?? 1}
          field={field}
          onAdd={() => setRows((current) => ({ ...current, [section]: (current[section] ?? 1) + 1 }))}
        />
      ))}
      <SubmitOrCancel
        label={`Record version ${expectedVersion + 1}`}
        pendingLabel="Recording…"
        pending={pending}
        cancelHref={cancelHref}
      />
    </form>
  );
}
