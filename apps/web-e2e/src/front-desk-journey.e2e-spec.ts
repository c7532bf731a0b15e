import type { Browser, Page } from 'playwright-core';

import { launchBrowser, screenshot, seriousViolations } from './support/browser';
import { bookAppointment, registerPatient, settledUnread, type TestPatient } from './support/clinic-api';
import { LIVE_WAIT_MS, waitForBell, waitUntilLive } from './support/live-page';
import { DEMO, signedInPage } from './support/portal-session';
import { clinicZone } from './support/portal-process';

const clinicTime = (instant: string) =>
  new Date(instant).toLocaleTimeString('en-GB', {
    timeZone: clinicZone(),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

/** Marks the document, so a later check can tell that the page was updated in place and not reloaded. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __notReloaded: true }));
}

async function stillTheSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as { __notReloaded?: boolean }).__notReloaded === true);
}

/** The patient's unread count once the given notifications have arrived, as the bell shows it. */
async function settledBell(page: Page, patient: TestPatient, titles: string[]): Promise<number> {
  const count = await settledUnread(patient, titles);
  await waitForBell(page, count);
  return count;
}

describe('a visit at the front desk, live for everyone', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it("checks the patient in, the doctor's queue updates without reload, the visit runs, the patient's bell follows", async () => {
    const patient = await registerPatient('visit');
    const appointment = await bookAppointment(patient, 'today');
    const row = `${patient.firstName} ${patient.lastName} at ${clinicTime(appointment.startsAt)}`;

    const patientPage = await signedInPage(browser, patient.email, patient.password);
    await waitUntilLive(patientPage);
    await markDocument(patientPage);
    // A visit today is within the reminder lead time: booking notice and reminder both arrive.
    const beforeConfirm = await settledBell(patientPage, patient, [
      'Appointment booked',
      'Appointment reminder',
    ]);

    const doctor = await signedInPage(browser, DEMO.doctor);
    await waitUntilLive(doctor, '.live-indicator[data-live="true"]');
    await markDocument(doctor);
    const doctorsWaitingRoom = doctor.getByTestId('waiting-room');
    expect(await doctorsWaitingRoom.getByText(patient.lastName).count()).toBe(0);

    const reception = await signedInPage(browser, DEMO.receptionist);
    await reception.getByRole('button', { name: `Confirm ${row}` }).click();
    await waitForBell(patientPage, beforeConfirm + 1); // "Appointment confirmed", live
    await reception.getByRole('button', { name: `Check in ${row}` }).click();
    await reception.getByTestId('waiting-room').getByText(patient.lastName).waitFor();

    await doctorsWaitingRoom.getByText(patient.lastName).waitFor({ timeout: LIVE_WAIT_MS });
    expect(await stillTheSameDocument(doctor)).toBe(true);
    expect(await seriousViolations(doctor)).toEqual([]);
    await screenshot(doctor, 'staff-today-doctor');

    // Check-in notifies the doctor only: the patient's count is the one after the confirmation.
    const beforeComplete = beforeConfirm + 1;
    await doctor.getByRole('button', { name: `Start visit ${row}` }).click();
    await doctor.getByRole('button', { name: `Complete visit ${row}` }).click();
    await doctor.getByRole('heading', { name: /^Completed/ }).waitFor();
    expect(await doctorsWaitingRoom.getByText(patient.lastName).count()).toBe(0);

    await waitForBell(patientPage, beforeComplete + 1); // "Visit completed", live
    expect(await stillTheSameDocument(patientPage)).toBe(true);
    await patientPage.getByTestId('notification-bell').click();
    await patientPage.getByRole('heading', { name: 'Visit completed' }).waitFor();
    await patientPage.getByRole('heading', { name: 'Appointment confirmed' }).waitFor();
  });
});
