import type { Browser, Page } from 'playwright-core';

import { launchBrowser, portalUrl, screenshot, seriousViolations } from './support/browser';
import { DEMO, signedInPage } from './support/portal-session';
import { clinicZone } from './support/portal-process';

const WORKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Letters only, so the names pass any name rule and stay unique per run. */
const suffix = Date.now()
  .toString(36)
  .replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]);

const newDoctor = {
  firstName: 'Nova',
  lastName: `Availa${suffix}`,
  email: `doctor-${suffix}@example.test`,
  specialty: `Travel medicine ${suffix}`,
  licence: `TM-${suffix}`.toUpperCase().slice(0, 50),
};
const doctorLabel = `Dr ${newDoctor.firstName} ${newDoctor.lastName}`;

/** The next Monday–Friday date after today in the clinic's zone, YYYY-MM-DD. */
function nextClinicWeekday(): string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone: clinicZone(),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: clinicZone(), weekday: 'long' });
  for (let days = 1; days < 8; days++) {
    const instant = new Date(Date.now() + days * 86_400_000);
    if (WORKDAYS.includes(weekday.format(instant))) return format.format(instant);
  }
  throw new Error('no weekday within a week');
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

async function createStaffAccount(
  page: Page,
  account: {
    firstName: string;
    lastName: string;
    email: string;
    role: string;
    specialty?: string;
    licence?: string;
  },
): Promise<string> {
  await page.goto(portalUrl('/staff/admin/users'));
  await page.getByRole('link', { name: 'Create a staff account' }).click();
  await page.waitForURL(/\/staff\/admin\/users\/new$/);
  await page.getByLabel('First name').fill(account.firstName);
  await page.getByLabel('Last name').fill(account.lastName);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Role').selectOption(account.role);
  if (account.specialty) await page.getByLabel('Specialty').fill(account.specialty);
  if (account.licence) await page.getByLabel('Licence number').fill(account.licence);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/staff\/admin\/users\/[0-9a-f-]{36}\?created=1$/);
  return new URL(page.url()).pathname.split('/').pop() as string;
}

/** Waits for the text to show (a client navigation renders after its URL changes). */
async function shows(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ timeout: 10_000 });
}

describe('doctors and administration', () => {
  let browser: Browser;
  let admin: Page;
  let doctorProfilePath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await signedInPage(browser, DEMO.admin);
  });
  afterAll(() => browser.close());

  it('an admin creates a doctor, sets their weekly hours, and a patient sees their free slots', async () => {
    await admin.goto(portalUrl('/staff/admin/users'));
    await expectAccessible(admin);
    await screenshot(admin, 'admin-users');

    await admin.goto(portalUrl('/staff/admin/users/new'));
    await admin.getByLabel('Role').selectOption('doctor');
    await expectAccessible(admin);
    await screenshot(admin, 'admin-user-new');

    await createStaffAccount(admin, { ...newDoctor, role: 'doctor' });
    await shows(admin, /invitation email went to/);
    await expectAccessible(admin);
    await screenshot(admin, 'admin-user-created');

    await admin.goto(portalUrl(`/staff/doctors?q=${encodeURIComponent(newDoctor.lastName)}`));
    await expectAccessible(admin);
    await admin.getByRole('link', { name: doctorLabel }).click();
    await admin.waitForURL(/\/staff\/doctors\/[0-9a-f-]{36}$/);
    doctorProfilePath = new URL(admin.url()).pathname;
    await admin.getByText(newDoctor.licence).waitFor();
    await shows(admin, `(${clinicZone()})`);

    // A window that ends before it starts is refused next to the field, before anything is sent.
    await admin.getByRole('button', { name: 'Add hours on Monday' }).click();
    await admin.getByLabel('From (Monday, window 1)').fill('12:00');
    await admin.getByLabel('To (Monday, window 1)').fill('08:00');
    await admin.getByRole('button', { name: 'Save weekly hours' }).click();
    await shows(admin, 'Must be after the start.');

    for (const day of WORKDAYS) {
      if (day !== 'Monday') await admin.getByRole('button', { name: `Add hours on ${day}` }).click();
      await admin.getByLabel(`From (${day}, window 1)`).fill('08:00');
      await admin.getByLabel(`To (${day}, window 1)`).fill('12:00');
    }
    await admin.getByRole('button', { name: 'Save weekly hours' }).click();
    await admin.getByText('Weekly hours saved.').waitFor();

    await admin.reload();
    await expect(admin.getByLabel('To (Friday, window 1)').inputValue()).resolves.toBe('12:00');
    await expectAccessible(admin);
    await screenshot(admin, 'staff-doctor');

    const patient = await signedInPage(browser, DEMO.patient);
    await findSlotsAsPatient(patient, doctorProfilePath.split('/').pop() as string, nextClinicWeekday());
    await expect(patient.getByRole('button', { name: '08:00', exact: true }).count()).resolves.toBe(1);
    await expect(patient.getByRole('button', { name: '11:30', exact: true }).count()).resolves.toBe(1);
    await expect(patient.getByRole('button', { name: '12:00', exact: true }).count()).resolves.toBe(0);
    await patient.context().close();
  });

  it("an admin edits the doctor's fee, and adds and removes a day off and extra hours", async () => {
    await admin.goto(portalUrl(doctorProfilePath));
    await admin.getByText('Edit profile and booking rules').click();
    await admin.getByLabel('Consultation fee').fill('75.50');
    await admin.getByRole('button', { name: 'Save profile' }).click();
    await shows(admin, 'Profile saved.');
    await shows(admin, '€75.50');

    const far = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    await admin.getByLabel('Date', { exact: true }).fill(far(90));
    await admin.getByLabel('Reason (optional)').fill('Conference');
    await admin.getByRole('button', { name: 'Add', exact: true }).click();
    await shows(admin, 'Exception added.');
    await admin.getByRole('button', { name: /^Remove Day off on/ }).waitFor();

    await admin.getByLabel('Date', { exact: true }).fill(far(91));
    await admin.getByLabel('Kind').selectOption('extra_hours');
    await admin.getByRole('button', { name: 'Add', exact: true }).click();
    await shows(admin, 'Required for extra hours.');
    await admin.getByLabel('From', { exact: true }).fill('14:00');
    await admin.getByLabel('To', { exact: true }).fill('16:00');
    await admin.getByRole('button', { name: 'Add', exact: true }).click();
    await admin.getByRole('button', { name: /^Remove Extra hours on .*14:00–16:00/ }).waitFor();
    await expectAccessible(admin);

    await admin.getByRole('button', { name: /^Remove Day off on/ }).click();
    await admin.getByRole('button', { name: /^Remove Day off on/ }).waitFor({ state: 'detached' });
    await admin.getByRole('button', { name: /^Remove Extra hours on/ }).click();
    await shows(admin, 'No days off or extra hours planned.');
  });

  it('an admin changes a role and deactivates an account; the audit log shows both and the chain verifies', async () => {
    await admin.goto(portalUrl('/staff/admin/users/new'));
    await admin.getByLabel('First name').fill('Riley');
    await admin.getByLabel('Last name').fill('Twice');
    await admin.getByLabel('Email').fill(DEMO.receptionist);
    await admin.getByRole('button', { name: 'Create account' }).click();
    await shows(admin, 'Please correct the fields marked below.');
    await expect(admin.locator('#field-email-error').count()).resolves.toBe(1);

    const id = await createStaffAccount(admin, {
      firstName: 'Robin',
      lastName: `Rolechange${suffix}`,
      email: `staff-${suffix}@example.test`,
      role: 'receptionist',
    });

    await admin.getByLabel('New role').selectOption('doctor');
    await admin.getByLabel('Specialty').fill('General practice');
    await admin.getByLabel('Licence number').fill(`GP-${suffix}`.toUpperCase());
    await admin.getByRole('button', { name: 'Change role' }).click();
    await admin.getByText('Role changed to Doctor').waitFor();

    await admin.getByRole('link', { name: 'Deactivate account…' }).click();
    await admin.getByRole('button', { name: 'Yes, deactivate' }).waitFor();
    await expectAccessible(admin);
    await screenshot(admin, 'admin-user-confirm');
    await admin.getByRole('button', { name: 'Yes, deactivate' }).click();
    await admin.waitForURL(/deactivated=1/);
    await shows(admin, 'Account deactivated.');

    await admin.goto(
      portalUrl(`/staff/admin/users?status=deactivated&search=${encodeURIComponent(`Rolechange${suffix}`)}`),
    );
    await admin.getByRole('link', { name: `Robin Rolechange${suffix}` }).waitFor();

    await admin.goto(portalUrl('/staff/admin/audit'));
    await admin.getByLabel('Type').fill('user');
    await admin.getByRole('button', { name: 'Filter' }).click();
    await admin.waitForURL(/resourceType=user/);
    const entriesFor = admin.locator('li', { hasText: id });
    await expect(entriesFor.filter({ hasText: 'admin.user_role_change' }).count()).resolves.toBe(1);
    await expect(entriesFor.filter({ hasText: 'admin.user_deactivate' }).count()).resolves.toBe(1);
    await expect(entriesFor.filter({ hasText: 'from: receptionist, to: doctor' }).count()).resolves.toBe(1);

    await admin.getByRole('link', { name: 'Verify the chain' }).click();
    await admin.waitForURL(/verify=1/);
    await admin.getByText('Chain intact.').waitFor();
    await shows(admin, `(${clinicZone()})`);
    await expectAccessible(admin);
    await screenshot(admin, 'admin-audit');

    await admin.getByLabel('From', { exact: true }).fill('2030-01-02T10:00');
    await admin.getByLabel('To', { exact: true }).fill('2030-01-01T10:00');
    await admin.getByRole('button', { name: 'Filter' }).click();
    await admin.waitForURL(/from=2030/);
    await shows(admin, 'Must be later than “From”.');
    await admin.getByLabel('To', { exact: true }).fill('2030-01-03T10:00');
    await admin.getByRole('button', { name: 'Filter' }).click();
    await admin.waitForURL(/to=2030-01-03/);
    await shows(admin, 'No audit entries match these filters.');

    await admin.getByLabel('Actor id').fill('not-an-id');
    await admin.getByRole('button', { name: 'Filter' }).click();
    await admin.waitForURL(/actorId=not-an-id/);
    await shows(admin, /Must be an id/);
  });

  it('a receptionist is sent away from the admin pages but sees doctors read-only', async () => {
    const reception = await signedInPage(browser, DEMO.receptionist);
    for (const path of ['/staff/admin/users', '/staff/admin/audit', '/staff/admin/users/new']) {
      await reception.goto(portalUrl(path));
      expect(new URL(reception.url()).pathname).toBe('/staff');
    }
    await reception.goto(portalUrl(doctorProfilePath));
    await shows(reception, /^Read-only/);
    await shows(reception, /\d+ free times, first 08:00, last 11:30/);
    await expect(reception.getByRole('button', { name: 'Save weekly hours' }).count()).resolves.toBe(0);
    await reception.context().close();
  });

  it("a doctor edits their own hours and sees another doctor's profile read-only", async () => {
    const doctor = await signedInPage(browser, DEMO.doctor);
    await doctor.goto(portalUrl('/staff/doctors'));
    await expectAccessible(doctor);
    await screenshot(doctor, 'staff-doctors');

    await doctor.getByRole('link', { name: 'My profile and hours' }).click();
    await doctor.waitForURL(/\/staff\/doctors\/[0-9a-f-]{36}$/);
    await doctor.getByRole('button', { name: 'Save weekly hours' }).waitFor();
    await expect(doctor.getByText('Edit profile and booking rules').count()).resolves.toBe(0);
    await doctor.getByRole('button', { name: 'Save weekly hours' }).click();
    await doctor.getByText('Weekly hours saved.').waitFor();
    await expectAccessible(doctor);

    await doctor.goto(portalUrl(doctorProfilePath));
    await shows(doctor, /^Read-only/);
    await expect(doctor.getByRole('button', { name: 'Save weekly hours' }).count()).resolves.toBe(0);
    await expect(doctor.getByRole('button', { name: /^Add hours/ }).count()).resolves.toBe(0);
    await expectAccessible(doctor);
    await screenshot(doctor, 'staff-doctor-readonly');
    await doctor.context().close();
  });
});

/** The patient's booking flow by its links: specialty → doctor → day, then the day's free times. */
async function findSlotsAsPatient(page: Page, doctorId: string, day: string): Promise<void> {
  await page.goto(portalUrl('/portal/book'));
  await page.getByRole('link', { name: newDoctor.specialty, exact: true }).click();
  await page.waitForURL(/specialty=/);
  await page.getByRole('link', { name: new RegExp(doctorLabel) }).click();
  await page.waitForURL(new RegExp(`doctor=${doctorId}`));
  await page.locator(`a[href*="day=${day}"]`).first().click();
  await page.waitForURL(new RegExp(`day=${day}`));
  await page
    .getByRole('button', { name: /^\d{2}:\d{2}$/ })
    .first()
    .waitFor({ timeout: 10_000 });
}
