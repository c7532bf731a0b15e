import type { Browser, Page } from 'playwright-core';

import { launchBrowser, portalUrl, screenshot, seriousViolations } from './support/browser';
import { ensureFreeSlotToday, registerPatient } from './support/clinic-api';
import { DEMO, signedInPage } from './support/portal-session';
import { clinicZone } from './support/portal-process';

const DEMO_DOCTOR = 'Dr Dana Okafor (General practice)';

describe('the staff calendar', () => {
  let browser: Browser;
  let reception: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    reception = await signedInPage(browser, DEMO.receptionist);
  });
  afterAll(() => browser.close());

  it('books from the calendar; the front desk checks a patient in only on the day of the visit, the doctor starts and completes', async () => {
    await openNextWeekOfDemoDoctor(reception);
    expect(await seriousViolations(reception)).toEqual([]);

    await bookFirstFreeSlotFor(reception, 'Rivera', 'staff-calendar-book');
    await reception.getByRole('heading', { name: 'Appointment with Pat Rivera' }).waitFor();
    await reception.getByText(clinicZone()).first().waitFor();
    expect(await seriousViolations(reception)).toEqual([]);
    await screenshot(reception, 'staff-appointment');

    // Next week's appointment can be confirmed, but its patient is checked in only on the day.
    await pressAndExpectStatus(reception, 'Confirm', 'Confirmed');
    await reception.getByText('A patient can be checked in only on the day of their appointment.').waitFor();
    await expect(reception.getByRole('button', { name: 'Check in' }).count()).resolves.toBe(0);

    // Today's visit is for a patient of its own, so that the Today page's rows of the demo patient
    // (the quick-actions test below) stay unambiguous.
    const patient = await registerPatient('calendar');
    await ensureFreeSlotToday();
    await openTodayOfDemoDoctor(reception);
    const appointmentUrl = await bookFirstFreeSlotFor(reception, patient.lastName);
    await pressAndExpectStatus(reception, 'Confirm', 'Confirmed');
    await pressAndExpectStatus(reception, 'Check in', 'Checked in');
    // The front desk may not run the visit itself.
    await expect(reception.getByRole('button', { name: 'Start visit' }).count()).resolves.toBe(0);

    const doctor = await signedInPage(browser, DEMO.doctor);
    await doctor.goto(appointmentUrl);
    await pressAndExpectStatus(doctor, 'Start visit', 'In progress');
    await pressAndExpectStatus(doctor, 'Complete visit', 'Completed');
    const history = doctor.getByRole('region', { name: 'History' });
    for (const step of ['Booked', 'Confirmed', 'Checked in', 'Visit started', 'Visit completed']) {
      await expect(history.getByText(step, { exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    await doctor.context().close();
  });

  it('reschedules an appointment to another free slot of the same doctor', async () => {
    await openNextWeekOfDemoDoctor(reception);
    await bookFirstFreeSlotFor(reception, 'Rivera');
    const before = await reception.locator('dd time').first().getAttribute('datetime');

    const dayChoice = reception.getByRole('region', { name: 'Reschedule: choose a day' });
    await dayChoice.waitFor();
    const days = await dayChoice
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    await chooseFirstSlotOfAnyDay(reception, days.slice(8));
    await reception.waitForURL(/rescheduled=1/);
    await reception.getByText('moved to the new time').waitFor();
    const after = await reception.locator('dd time').first().getAttribute('datetime');
    expect(after).not.toBe(before);
    await expect(
      reception.getByRole('region', { name: 'History' }).getByText('Moved to another time').count(),
    ).resolves.toBe(1);
  });

  it('shows a readable message and the fresh state when someone else changed the appointment', async () => {
    await openNextWeekOfDemoDoctor(reception);
    const url = await bookFirstFreeSlotFor(reception, 'Rivera');
    const stale = await reception.context().newPage();
    await stale.goto(url);
    await pressAndExpectStatus(reception, 'Confirm', 'Confirmed');

    await stale.getByRole('button', { name: 'Confirm' }).click();
    await stale.getByText('Someone else changed this appointment').waitFor();
    // The fresh state: confirmed, and next week's patient is not yet one to check in.
    await stale.locator('dd').getByText('Confirmed', { exact: true }).waitFor();
    await expect(stale.getByRole('button', { name: 'Check in' }).count()).resolves.toBe(0);
    await stale.close();
  });

  it('shows one day, and the clinic-wide calendar, with a keyboard-usable list', async () => {
    await openNextWeekOfDemoDoctor(reception);
    await reception.locator('.hs-event').first().waitFor();
    expect(await seriousViolations(reception)).toEqual([]);
    await screenshot(reception, 'staff-calendar-week');
    await expect(
      reception.getByRole('region', { name: 'Appointments as a list' }).getByRole('link').count(),
    ).resolves.toBeGreaterThan(0);
    await reception.getByRole('link', { name: 'Day', exact: true }).click();
    await reception.waitForURL(/view=day/);
    await reception.locator('.fc-timegrid').waitFor();
    expect(await seriousViolations(reception)).toEqual([]);
    await screenshot(reception, 'staff-calendar-day');

    await reception.getByLabel('Doctor').selectOption({ label: 'Whole clinic' });
    await reception.getByRole('button', { name: 'Show' }).click();
    await reception.waitForURL((url) => !url.searchParams.get('doctor'));
    await reception.getByRole('heading', { name: 'Calendar: whole clinic' }).waitFor();
    await expect(reception.locator('.hs-free-slot').count()).resolves.toBe(0);
  });

  it("offers the front desk's and the doctor's quick actions on the Today page", async () => {
    await ensureFreeSlotToday();
    await openTodayOfDemoDoctor(reception);
    await bookFirstFreeSlotFor(reception, 'Rivera');
    const when = (await reception.locator('dd time').first().innerText()).slice(-5);
    const row = `Pat Rivera at ${when}`;

    await reception.goto(portalUrl('/staff'));
    await reception.getByRole('button', { name: `Confirm ${row}` }).click();
    await reception.getByRole('button', { name: `Check in ${row}` }).click();
    await reception.getByRole('link', { name: `Details ${row}` }).waitFor();
    expect(await seriousViolations(reception)).toEqual([]);
    await screenshot(reception, 'staff-today-actions');
    await expect(reception.getByRole('button', { name: `Start visit ${row}` }).count()).resolves.toBe(0);

    const doctor = await signedInPage(browser, DEMO.doctor);
    await doctor.goto(portalUrl('/staff'));
    await doctor.getByRole('button', { name: `Start visit ${row}` }).click();
    await doctor.getByRole('button', { name: `Complete visit ${row}` }).click();
    await doctor.getByRole('heading', { name: /^Completed/ }).waitFor();
    await doctor.context().close();
  });

  it('opens a doctor on their own calendar', async () => {
    const doctor = await signedInPage(browser, DEMO.doctor);
    await doctor.goto(portalUrl('/staff/calendar'));
    await doctor.getByRole('heading', { name: 'Calendar of Dr Dana Okafor' }).waitFor();
    await expect(doctor.getByLabel('Doctor').count()).resolves.toBe(0);
    await doctor.context().close();
  });
});

/** The demo doctor's calendar a week ahead, so every slot in it lies in the future. */
async function openNextWeekOfDemoDoctor(page: Page): Promise<void> {
  await page.goto(portalUrl('/staff/calendar'));
  await page.getByLabel('Doctor').selectOption({ label: DEMO_DOCTOR });
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/doctor=/);
  const nextWeek = page.getByRole('link', { name: /Next week/ });
  const target = new URL((await nextWeek.getAttribute('href')) ?? '', page.url()).toString();
  await nextWeek.click();
  await page.waitForURL(target);
  await page.getByRole('heading', { name: /^Calendar of / }).waitFor();
  await page.locator('.hs-free-slot').first().waitFor();
}

/** The demo doctor's calendar for today (call `ensureFreeSlotToday()` first so it has a free slot). */
async function openTodayOfDemoDoctor(page: Page): Promise<void> {
  await page.goto(portalUrl('/staff/calendar?view=day'));
  await page.getByLabel('Doctor').selectOption({ label: DEMO_DOCTOR });
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/doctor=/);
  await page.getByRole('heading', { name: /^Calendar of / }).waitFor();
}

/** Clicks the first free slot in the calendar and books it for the patient found by `name`; returns its page. */
async function bookFirstFreeSlotFor(page: Page, name: string, screenshotName?: string): Promise<string> {
  await page.locator('.hs-free-slot').first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Find the patient').fill(name);
  await dialog
    .getByRole('radio', { name: new RegExp(name) })
    .first()
    .check();
  if (screenshotName) await screenshot(page, screenshotName);
  await dialog.getByRole('button', { name: 'Book appointment' }).click();
  await page.waitForURL(/\/staff\/appointments\/[0-9a-f-]{36}\?booked=1/);
  await page.getByText('The appointment is booked.').waitFor();
  return page.url().replace(/\?.*$/, '');
}

async function pressAndExpectStatus(page: Page, button: string, status: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByText(`The appointment is now ${status.toLowerCase()}.`).waitFor();
  await page.locator('dd').getByText(status, { exact: true }).waitFor();
}

async function chooseFirstSlotOfAnyDay(page: Page, dayLinks: string[]): Promise<void> {
  for (const link of dayLinks) {
    await page.goto(link);
    await page.getByRole('heading', { name: /hoose a (new )?time$/ }).waitFor();
    const slots = page.getByRole('button', { name: /^\d{2}:\d{2}$/ });
    if ((await slots.count()) > 0) {
      await slots.first().click();
      return;
    }
  }
  throw new Error('no free slot to move to');
}
