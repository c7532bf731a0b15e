'use client';

import { useState, type FormEvent } from 'react';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isField = (element: Element): element is Field =>
  element instanceof HTMLInputElement ||
  element instanceof HTMLSelectElement ||
  element instanceof HTMLTextAreaElement;

/** The field's own message for a wrong shape (data-invalid-message), else the browser's. */
function messageFor(field: Field): string {
  const custom = field.dataset['invalidMessage'];
  const wrongShape = field.validity.patternMismatch || field.validity.typeMismatch;
  return custom && wrongShape ? custom : field.validationMessage;
}

/**
 * Checks the HTML constraints (which mirror the DTOs) before a form submits and shows the
 * messages next to the fields, where the API's own messages appear too. The form sets noValidate.
 */
export function useClientValidation() {
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  function checkBeforeSubmit(event: FormEvent<HTMLFormElement>) {
    const invalid = Array.from(event.currentTarget.elements)
      .filter(isField)
      .filter((field) => field.name && !field.validity.valid);
    const errors: Record<string, string> = {};
    for (const field of invalid) errors[field.name] ??= messageFor(field);
    setClientErrors(errors);
    if (invalid.length > 0) {
      event.preventDefault();
      invalid[0]?.focus();
    }
  }

  /** The message above the form: the client's own while fields are marked, else the API's. */
  const formAlert = (formError: string | undefined) =>
    Object.keys(clientErrors).length > 0 ? 'Please correct the fields marked below.' : formError;

  return { clientErrors, checkBeforeSubmit, formAlert };
}
