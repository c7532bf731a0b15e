'use client';

import { useActionState, useRef, useState, type FormEvent } from 'react';

import {
  AVAILABILITY_RULES_MAX,
  MAX_SLOT_MINUTES,
  MIN_SLOT_MINUTES,
} from '@healthsync/contracts/scheduling/scheduling-limits';
import type { Weekday, WeeklyRule } from '@healthsync/domain/scheduling';

import { FormAlert } from '@/components/ui/form-alert';
import { Notice } from '@/components/ui/notice';
import { saveAvailabilityAction } from '@/lib/actions/doctors';
import { WEEKDAYS, weeklyRuleErrors } from '@/lib/doctors/schedule-rules';
import type { ActionState } from '@/lib/problem';

interface Row {
  key: number;
  weekday: Weekday;
  start: string;
  end: string;
  slotMinutes: string;
}

interface Props {
  doctorId: string;
  rules: WeeklyRule[];
  defaultSlotMinutes: number;
  timeZone: string;
}

const byDayAndStart = (a: WeeklyRule, b: WeeklyRule) =>
  a.weekday - b.weekday || a.start.localeCompare(b.start);

function toRule(row: Row): WeeklyRule {
  return {
    weekday: row.weekday,
    start: row.start,
    end: row.end,
    slotMinutes: /^\d+$/.test(row.slotMinutes) ? Number(row.slotMinutes) : Number.NaN,
  };
}

/**
 * The weekly hours: per weekday any number of windows (from, to, slot length), saved at once with
 * PUT /doctors/{id}/availability. Rows stay in weekday order, so a row's index is its rule's index in
 * the API's answer and field errors (`rules.3.end`) land next to the right input.
 */
export function AvailabilityEditor({ doctorId, rules, defaultSlotMinutes, timeZone }: Props) {
  const nextKey = useRef(rules.length);
  const [rows, setRows] = useState<Row[]>(() =>
    [...rules]
      .sort(byDayAndStart)
      .map((rule, key) => ({ ...rule, key, slotMinutes: String(rule.slotMinutes) })),
  );
  const [state, action, pending] = useActionState<ActionState, FormData>(saveAvailabilityAction, {});
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [edited, setEdited] = useState(false);
  const errors = clientErrors ?? (edited ? {} : (state.fieldErrors ?? {}));
  const formError = clientErrors
    ? 'Please correct the hours marked below.'
    : edited
      ? undefined
      : state.formError;

  const change = (next: Row[]) => {
    setRows(next);
    setEdited(true);
    setClientErrors(null);
  };
  const update = (key: number, patch: Partial<Row>) =>
    change(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const add = (weekday: Weekday) => {
    const at = rows.filter((row) => row.weekday <= weekday).length;
    const row = {
      key: nextKey.current++,
      weekday,
      start: '',
      end: '',
      slotMinutes: String(defaultSlotMinutes),
    };
    change([...rows.slice(0, at), row, ...rows.slice(at)]);
  };
  const remove = (key: number) => change(rows.filter((row) => row.key !== key));

  const check = (event: FormEvent<HTMLFormElement>) => {
    const found = weeklyRuleErrors(rows.map(toRule));
    if (Object.keys(found).length > 0) {
      event.preventDefault();
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    setEdited(false);
  };

  return (
    <section aria-labelledby="hours-heading" className="card space-y-4">
      <div>
        <h2 id="hours-heading">Weekly hours</h2>
        <p className="text-slate-700">
          Wall-clock times in the clinic&rsquo;s time zone ({timeZone}). A day may have several windows; they
          must not overlap.
        </p>
      </div>
      <form action={action} onSubmit={check} noValidate className="space-y-4">
        <input type="hidden" name="doctorId" value={doctorId} />
        <input type="hidden" name="ruleCount" value={rows.length} />
        <FormAlert message={formError} />
        {state.notice && !edited && <Notice message={state.notice} />}
        {WEEKDAYS.map((name, dayIndex) => {
          const weekday = (dayIndex + 1) as Weekday;
          return (
            <fieldset key={name} className="border-t border-slate-200 pt-3">
              <legend className="font-semibold">{name}</legend>
              <div className="space-y-3">
                {rows.map((row, index) =>
                  row.weekday === weekday ? (
                    <RuleRow
                      key={row.key}
                      row={row}
                      index={index}
                      ordinal={rows.slice(0, index).filter((other) => other.weekday === weekday).length + 1}
                      errors={errors}
                      onChange={(patch) => update(row.key, patch)}
                      onRemove={() => remove(row.key)}
                    />
                  ) : null,
                )}
                <div className="flex flex-wrap items-center gap-3">
                  {rows.every((row) => row.weekday !== weekday) && (
                    <p className="text-slate-700">Not working.</p>
                  )}
                  <button
                    type="button"
                    className="btn-secondary py-1 text-sm"
                    onClick={() => add(weekday)}
                    disabled={rows.length >= AVAILABILITY_RULES_MAX}
                  >
                    Add hours<span className="sr-only"> on {name}</span>
                  </button>
                </div>
              </div>
            </fieldset>
          );
        })}
        <button type="submit" className="btn" disabled={pending}>
          {pending ? 'Saving…' : 'Save weekly hours'}
        </button>
      </form>
    </section>
  );
}

interface RowProps {
  row: Row;
  index: number;
  ordinal: number;
  errors: Record<string, string>;
  onChange: (patch: Partial<Row>) => void;
  onRemove: () => void;
}

function RuleRow({ row, index, ordinal, errors, onChange, onRemove }: RowProps) {
  const context = `${WEEKDAYS[row.weekday - 1]}, window ${ordinal}`;
  const field = (name: 'start' | 'end' | 'slotMinutes') => {
    const key = `rules.${index}.${name}`;
    const id = `rule-${row.key}-${name}`;
    return {
      id,
      name: key,
      error: errors[key],
      inputProps: {
        id,
        name: key,
        className: 'field-input',
        'aria-invalid': errors[key] ? true : undefined,
        'aria-describedby': errors[key] ? `${id}-error` : undefined,
      },
    };
  };
  const start = field('start');
  const end = field('end');
  const slot = field('slotMinutes');
  return (
    <div className="grid grid-cols-2 items-start gap-3 sm:grid-cols-[1fr_1fr_1fr_auto]">
      <input type="hidden" name={`rules.${index}.weekday`} value={row.weekday} />
      <div>
        <label htmlFor={start.id} className="block text-sm font-medium">
          From<span className="sr-only"> ({context})</span>
        </label>
        <input
          {...start.inputProps}
          type="time"
          required
          value={row.start}
          onChange={(event) => onChange({ start: event.target.value })}
        />
        <FieldError id={`${start.id}-error`} message={start.error} />
      </div>
      <div>
        <label htmlFor={end.id} className="block text-sm font-medium">
          To<span className="sr-only"> ({context})</span>
        </label>
        <input
          {...end.inputProps}
          type="time"
          required
          value={row.end}
          onChange={(event) => onChange({ end: event.target.value })}
        />
        <FieldError id={`${end.id}-error`} message={end.error} />
      </div>
      <div>
        <label htmlFor={slot.id} className="block text-sm font-medium">
          Slot (minutes)<span className="sr-only"> ({context})</span>
        </label>
        <input
          {...slot.inputProps}
          type="number"
          min={MIN_SLOT_MINUTES}
          max={MAX_SLOT_MINUTES}
          step={1}
          required
          inputMode="numeric"
          value={row.slotMinutes}
          onChange={(event) => onChange({ slotMinutes: event.target.value })}
        />
        <FieldError id={`${slot.id}-error`} message={slot.error} />
      </div>
      <div className="self-end">
        <button type="button" className="btn-secondary py-2 text-sm" onClick={onRemove}>
          Remove<span className="sr-only"> {context}</span>
        </button>
      </div>
    </div>
  );
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="field-error">
      {message}
    </p>
  ) : null;
}
