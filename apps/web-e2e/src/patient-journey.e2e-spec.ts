import type { Browser, Page } from 'playwright-core';

import { launchBrowser, portalUrl, screenshot, seriousViolations } from './support/browser';
import { ensureFreeSlotToday, registrationTokenFrom } from './support/clinic-api';
import { waitForMail } from './support/mailbox';
import { DEMO, signedInPage } from './support/portal-session';

describe('a patient in the portal', () => {
  let browser: Browser;
  let page: Page;
  const email = `journey-${Date.now()}@example.test`;
  let journeyAppointment = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(() => browser.close());

  it('registers, books a free slot, sees it in my appointments, and cancels it', async () => {
    await page.goto(portalUrl('/login'));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'login');
    await page.getByRole('link', { name: /create an account|register/i }).click();
    await page.waitForURL(/\/register$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'register');
    await page.getByLabel('First name').fill('Jamie');
    await page.getByLabel('Last name').fill('Journey');
    await page.getByLabel('Date of birth').fill('1988-08-08');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('Journey-password-2026');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(/We sent an email to/).waitFor();
    // The account exists once the emailed link is opened with the password chosen.
    const mail = await waitForMail(email, (message) => /confirm your/i.test(message.subject));
    await page.goto(portalUrl(`/register/confirm?token=${registrationTokenFrom(mail.text)}`));
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Password').fill('Journey-password-2026');
    await page.getByRole('button', { name: 'Finish creating my account' }).click();

    await page.waitForURL(/\/portal$/);
    await page.getByRole('heading', { name: 'My appointments' }).waitFor();
    const mainNav = page.getByRole('navigation', { name: 'Main' });
    await expect(
      mainNav.getByRole('link', { name: 'My appointments' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await expect(
      mainNav.getByRole('link', { name: 'My profile' }).getAttribute('aria-current'),
    ).resolves.toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-empty');

    await page.getByRole('main').getByRole('link', { name: 'Book an appointment' }).click();
    await page.waitForURL(/\/portal\/book/);
    await screenshot(page, 'book-doctor');
    await bookFirstFreeSlot(page);

    await page.waitForURL(/\/portal(\?.*)?$/);
    const cancel = page.getByRole('button', { name: 'Cancel appointment' });
    await expect(cancel.count()).resolves.toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-booked');

    await cancel.click();
    await page.getByText('Your appointment has been cancelled.').waitFor();
    await expect(page.getByRole('button', { name: 'Cancel appointment' }).count()).resolves.toBe(0);
  });

  it('books by specialty, opens the appointment, moves it, and sees the cancelled one among the past', async () => {
    await page.goto(portalUrl('/portal/book'));
    await page.getByRole('link', { name: 'General practice', exact: true }).click();
    await page.waitForURL(/specialty=General(\+|%20)practice$/);
    await page.getByRole('link', { name: /Dr Dana Okafor/ }).click();
    await page.waitForURL(/specialty=.*&doctor=[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: '3. Choose a day' }).waitFor();
    const days = await dayLinks(page);
    expect(days.every((day) => /&day=\d{4}-\d{2}-\d{2}$/.test(day))).toBe(true);
    await chooseFirstSlot(page, days.slice(3));
    await page.waitForURL(/\/portal\?booked=[0-9a-f-]{36}$/);
    const booked = new URL(page.url()).searchParams.get('booked') ?? '';

    await page.locator(`a[href="/portal/appointments/${booked}"]`).click();
    await page.waitForURL(`**/portal/appointments/${booked}`);
    await page.getByRole('heading', { name: 'Appointment with Dr Dana Okafor' }).waitFor();
    await page.getByText(/You can cancel or move it online until .* 24 hours before it starts/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portal-appointment');
    const before = await page.locator('dd time').first().getAttribute('datetime');

    const moveChoice = page.getByRole('region', { name: 'Move it: choose a new day' });
    await moveChoice.waitFor();
    const moveDays = await moveChoice
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    await chooseFirstSlot(page, moveDays.slice(5));
    await page.waitForURL(/rescheduled=1/);
    await page.getByText('Your appointment has been moved to the new time.').waitFor();
    expect(await page.locator('dd time').first().getAttribute('datetime')).not.toBe(before);
    // Its history names who made each change, by name and role.
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText('Moved to another time').waitFor();
    await expect(history.getByText('by Jamie Journey (Patient)').count()).resolves.toBe(2);

    await page.goto(portalUrl('/portal'));
    const past = page.getByRole('region', { name: /Past and cancelled/ });
    await expect(past.getByText('Cancelled', { exact: true }).count()).resolves.toBeGreaterThan(0);
    await expect(past.locator('a[href^="/portal/appointments/"]').count()).resolves.toBeGreaterThan(0);
    const upcoming = page.getByRole('region', { name: /Upcoming/ });
    await expect(upcoming.locator(`a[href="/portal/appointments/${booked}"]`).count()).resolves.toBe(1);
    journeyAppointment = booked;
  });

  it('is told the cut-off rule when it is too late to cancel online', async () => {
    await ensureFreeSlotToday();
    await page.goto(portalUrl('/portal/book'));
    await page.getByRole('link', { name: 'General practice', exact: true }).click();
    await page.getByRole('link', { name: /Dr Dana Okafor/ }).click();
    await page.waitForURL(/doctor=/);
    const soonest = await firstSlotWithin(page, (await dayLinks(page)).slice(0, 2), 24);
    if (!soonest) throw new Error('no free time within 24 hours, although one was made today');
    await soonest.click();
    await page.waitForURL(/booked=/);
    const booked = new URL(page.url()).searchParams.get('booked') ?? '';
    await page.goto(portalUrl(`/portal/appointments/${booked}`));
    await page.getByText(/too late to cancel or move this appointment online/).waitFor();
    await expect(page.getByRole('button', { name: 'Cancel appointment' }).count()).resolves.toBe(0);
  });

  it("cannot see another patient's appointment by editing the URL", async () => {
    const other = await signedInPage(browser, DEMO.patient);
    const response = await other.goto(portalUrl(`/portal/appointments/${journeyAppointment}`));
    expect(response?.status()).toBe(404);
    await expect(other.getByRole('heading', { name: 'Appointment not found' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(other.getByText('Dana Okafor').count()).resolves.toBe(0);
    await expect(other.locator('dd').count()).resolves.toBe(0);
    await other.context().close();
  });

  it('cannot open staff pages', async () => {
    await page.goto(portalUrl('/staff'));
    expect(new URL(page.url()).pathname).not.toMatch(/^\/staff/);
  });
});

/** Walks the booking flow without knowing the seed: first specialty, first doctor, first day with a free slot, first slot. */
async function bookFirstFreeSlot(page: Page): Promise<void> {
  await page.locator('a[href*="specialty="]').first().click();
  await page.waitForURL(/specialty=/);
  await page.locator('a[href*="doctor="]').first().click();
  await page.waitForURL(/doctor=/);
  // From the day after tomorrow: a consultation can be cancelled by the patient only until 24 hours before it.
  await chooseFirstSlot(page, (await dayLinks(page)).slice(2), 'book-slot');
}

const dayLinks = (page: Page): Promise<string[]> =>
  page
    .locator('a[href*="day="]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));

/** Opens the days in turn and presses the first free time (a button named HH:MM) of the first day that has one. */
async function chooseFirstSlot(page: Page, days: string[], screenshotName?: string): Promise<void> {
  for (const day of days) {
    await page.goto(day);
    await page.getByRole('heading', { name: /hoose a (new )?time$/ }).waitFor();
    const slots = page.getByRole('button', { name: /^\d{2}:\d{2}$/ });
    if ((await slots.count()) > 0) {
      if (screenshotName) await screenshot(page, screenshotName);
      await slots.first().click();
      return;
    }
  }
  throw new Error('no free slot in two weeks');
}

/** The first free time on these days that starts within `hours` from now, if any. */
async function firstSlotWithin(page: Page, days: string[], hours: number) {
  for (const day of days) {
    await page.goto(day);
    await page.getByRole('heading', { name: /hoose a (new )?time$/ }).waitFor();
    const slots = page.getByRole('button', { name: /^\d{2}:\d{2}$/ });
    for (let index = 0; index < (await slots.count()); index++) {
      const startsAt = Date.parse((await slots.nth(index).getAttribute('value')) ?? '');
      if (startsAt - Date.now() < hours * 3_600_000) return slots.nth(index);
    }
  }
  return undefined;
}
