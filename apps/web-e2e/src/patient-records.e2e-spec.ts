import type { LoginResult } from '@healthsync/contracts/auth';
import type { Page as ListPage } from '@healthsync/contracts/common';
import type { PatientSummary } from '@healthsync/contracts/patients';
import type { DoctorView, SlotListView } from '@healthsync/contracts/scheduling/scheduling.responses';
import type { Browser, Page } from 'playwright-core';

import { launchBrowser, portalUrl, screenshot, seriousViolations } from './support/browser';
import { DEMO, DEMO_PASSWORD, signedInPage } from './support/portal-session';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calls the API directly, for the set-up the portal has no page for in this spec. */
async function apiAs<T>(token: string | null, path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${process.env['PORTAL_API_URL']}/api/v1${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as T };
}

async function tokenOf(email: string): Promise<string> {
  const { body } = await apiAs<LoginResult>(null, '/auth/login', {
    method: 'POST',
    body: { email, password: DEMO_PASSWORD },
  });
  if (body.status !== 'authenticated') throw new Error(`cannot sign in ${email}`);
  return body.tokens.accessToken;
}

/**
 * The front desk books the demo patient with the demo doctor: a doctor reads and writes the medical
 * history only of a patient they have or had an appointment with. A late slot keeps clear of other specs.
 */
async function bookDemoPatientWithDemoDoctor(): Promise<void> {
  const token = await tokenOf(DEMO.receptionist);
  const patients = await apiAs<ListPage<PatientSummary>>(token, '/patients?q=Rivera');
  const patient = patients.body.items.find((item) => item.firstName === 'Pat');
  const doctors = await apiAs<ListPage<DoctorView>>(token, '/doctors?limit=100');
  const doctor = doctors.body.items.find((item) => item.lastName === 'Okafor');
  if (!patient || !doctor) throw new Error('demo patient or doctor missing');
  const from = new Date(Date.now() + 20 * DAY_MS).toISOString();
  const to = new Date(Date.now() + 27 * DAY_MS).toISOString();
  const slots = await apiAs<SlotListView>(
    token,
    `/doctors/${doctor.id}/slots?from=${from}&to=${to}&type=consultation`,
  );
  for (const slot of slots.body.slots.reverse()) {
    const booked = await apiAs(token, '/appointments', {
      method: 'POST',
      body: { doctorId: doctor.id, startsAt: slot.startsAt, type: 'consultation', patientId: patient.id },
    });
    if (booked.status === 201) return;
  }
  throw new Error('no slot could be booked for the demo patient');
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

const errorOf = (page: Page, field: string) => page.locator(`[id="field-${field}-error"]`);

describe('patient records', () => {
  let browser: Browser;
  const suffix = Date.now().toString(36);
  const lastName = `Records${suffix}`;
  /** The page of the patient the front desk registers: no doctor has seen them. */
  let registeredPatientUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    await bookDemoPatientWithDemoDoctor();
  });
  afterAll(() => browser.close());

  it('the front desk finds the demo patient as they type and sees no clinical data', async () => {
    const page = await signedInPage(browser, DEMO.receptionist);
    await page.goto(portalUrl('/staff/patients'));
    await expectNoSeriousViolations(page);

    await page.getByLabel('Name, MRN or phone').pressSequentially('Rive', { delay: 60 });
    await page.waitForURL(/[?&]q=Rive/);
    const result = page.getByRole('link', { name: /Rivera, Pat/ });
    await result.waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'staff-patients');

    await page.getByLabel('Name, MRN or phone').fill('Zzyzxnobody');
    await page.getByText('No patients match “Zzyzxnobody”').waitFor();

    await page.goto(portalUrl('/staff/patients?q=Rive'));
    await result.click();
    await page.getByRole('heading', { level: 1, name: 'Pat Rivera' }).waitFor();
    await page.getByRole('heading', { name: 'Appointments' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Medical history' }).count()).resolves.toBe(0);
    await expectNoSeriousViolations(page);
    await page.context().close();
  });

  it('the front desk registers a patient, is warned of a second registration, and edits with field errors', async () => {
    const page = await signedInPage(browser, DEMO.receptionist);
    await page.goto(portalUrl('/staff/patients'));
    await page.getByRole('link', { name: 'Register a patient' }).click();
    await page.waitForURL(/\/staff\/patients\/new$/);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'staff-patient-new');

    const register = async () => {
      await page.getByLabel('First name').fill('Quinn');
      await page.getByLabel('Last name').fill(lastName);
      await page.getByLabel('Date of birth').fill('1990-02-03');
      await page.getByLabel('Phone', { exact: true }).fill('+49 30 1234567');
      await page.getByRole('button', { name: 'Register patient' }).click();
    };
    await register();
    await page.waitForURL(/\/staff\/patients\/[0-9a-f-]{36}\?registered=1$/);
    await page.getByText('The patient is registered.').waitFor();
    const mrn = (await page.locator('p.font-mono').first().textContent())?.trim() ?? '';
    expect(mrn).toMatch(/^MRN-\d+$/);
    registeredPatientUrl = page.url().replace(/\?.*$/, '');

    await page.goto(portalUrl('/staff/patients/new'));
    await register();
    await page.getByRole('heading', { name: 'This patient may already be registered' }).waitFor();
    await expect(page.getByRole('link', { name: new RegExp(mrn) }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Last name').inputValue()).resolves.toBe(lastName);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'staff-patient-duplicate');
    await page.getByRole('button', { name: /Register anyway/ }).click();
    await page.waitForURL(/\?registered=1$/);
    await expect(page.locator('p.font-mono').first().textContent()).resolves.not.toBe(mrn);

    await page.goto(registeredPatientUrl);
    await page.getByRole('link', { name: 'Edit details' }).click();
    await page.waitForURL(/\/edit$/);
    await expectNoSeriousViolations(page);

    // Checked in the browser first: the request is not even sent.
    await page.getByLabel('Phone', { exact: true }).fill('call me');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(errorOf(page, 'phone').textContent()).resolves.toContain('at least 6 digits');

    // Then by the API: a well-formed but unknown country code comes back next to its field.
    await page.getByLabel('Phone', { exact: true }).fill('+49 30 7654321');
    await page.getByLabel('Address line 1').fill('Unter den Linden 1');
    await page.getByLabel('City').fill('Berlin');
    await page.getByLabel('Country').fill('XX');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await errorOf(page, 'address.country').waitFor();
    await expect(errorOf(page, 'address.country').textContent()).resolves.toContain('ISO 3166-1 alpha-2');
    await expect(page.getByLabel('Country').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(errorOf(page, 'phone').count()).resolves.toBe(0);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'staff-patient-edit-error');

    await page.getByLabel('Country').fill('DE');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/\?saved=1$/);
    await page.getByText('Unter den Linden 1').waitFor();

    // Two desks edit the same record: the second change, based on the older version, is refused.
    const editUrl = page.url().replace(/\?saved=1$/, '/edit');
    const otherDesk = await page.context().newPage();
    await otherDesk.goto(editUrl);
    await page.goto(editUrl);
    await page.getByLabel('Preferred language').fill('en');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/\?saved=1$/);
    await otherDesk.getByLabel('Preferred language').fill('de');
    await otherDesk.getByRole('button', { name: 'Save changes' }).click();
    await otherDesk.getByText('Someone else changed this record while you were editing it').waitFor();
    await expect(otherDesk.getByLabel('Preferred language').inputValue()).resolves.toBe('de');
    await page.context().close();
  });

  it('a doctor finds no record of a patient they never saw, nor of one that does not exist', async () => {
    const page = await signedInPage(browser, DEMO.doctor);
    await page.goto(portalUrl('/staff/patients/00000000-0000-4000-8000-000000000000'));
    await page.getByText('This page could not be found').waitFor();
    await page.goto(registeredPatientUrl);
    await page.getByText('This page could not be found').waitFor();
    await page.goto(portalUrl('/staff/patients/not-a-patient'));
    await page.getByText('This page could not be found').waitFor();
    // A doctor may not register patients: sent to their home (after the streamed loading state).
    await page.goto(portalUrl('/staff/patients/new'));
    await page.waitForURL((url) => url.pathname === '/staff');
    await page.context().close();
  });

  it('the doctor records a medical-history version and sees it in the version list', async () => {
    const page = await signedInPage(browser, DEMO.doctor);
    await page.goto(portalUrl('/staff/patients'));
    await page.getByLabel('Name, MRN or phone').pressSequentially('Rivera', { delay: 40 });
    await page.getByRole('link', { name: /Rivera, Pat/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Pat Rivera' }).waitFor();
    await expect(page.getByRole('link', { name: 'Edit details' }).count()).resolves.toBe(0);

    await page.getByRole('link', { name: 'Record a new version' }).click();
    await page.waitForURL(/\/history\/new$/);
    await expectNoSeriousViolations(page);
    await page.getByLabel('Allergies 1: Substance').fill('penicillin');
    await page.getByLabel('Allergies 1: Severity').selectOption('severe');
    await page.getByLabel('Chronic conditions 1: Condition').fill('asthma');
    await screenshot(page, 'staff-patient-history-new');
    await page.getByRole('button', { name: /^Record version \d+$/ }).click();

    await page.waitForURL(/\?recorded=1$/);
    await page.getByText('The new version of the medical history is recorded.').waitFor();
    const versions = page.getByRole('list', { name: 'Versions of the medical history' });
    const newest = versions.getByRole('link', { name: /^Version \d+$/ }).first();
    await newest.waitFor();
    await page.getByText('penicillin').first().waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'staff-patient');

    await newest.click();
    await page.waitForURL(/\/history\/\d+$/);
    await page.getByText('asthma').first().waitFor();
    await expectNoSeriousViolations(page);
    await page.context().close();
  });

  it('the patient sees their profile and history read-only, and cannot open staff patient pages', async () => {
    const page = await signedInPage(browser, DEMO.patient);
    await page.goto(portalUrl('/portal/profile'));
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    await page.getByText('penicillin').first().waitFor();
    await expect(page.getByRole('link', { name: 'Record a new version' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('First name').count()).resolves.toBe(0);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'portal-profile');

    await page.getByLabel('Preferred language').fill('de');
    await page.getByRole('button', { name: 'Save contact details' }).click();
    await page.waitForURL(/\?saved=1$/);
    await page.getByText('Your contact details are saved.').waitFor();

    await page.goto(portalUrl('/staff/patients'));
    expect(new URL(page.url()).pathname).not.toMatch(/^\/staff/);
    await page.context().close();
  });
});
