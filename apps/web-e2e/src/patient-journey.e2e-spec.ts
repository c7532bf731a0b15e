import type { Browser, Page } from 'playwright-core';

import { launchBrowser, portalUrl, screenshot, seriousViolations } from './support/browser';

describe('a patient in the portal', () => {
  let browser: Browser;
  let page: Page;
  const email = `journey-${Date.now()}@example.test`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(() => browser.close());

  it('registers, books a free slot, sees it in my appointments, and cancels it', async () => {
    await page.goto(portalUrl('/register'));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'register');
    await page.getByLabel('First name').fill('Jamie');
    await page.getByLabel('Last name').fill('Journey');
    await page.getByLabel('Date of birth').fill('1988-08-08');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('Journey-password-2026');
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.waitForURL(/\/portal$/);
    await expect(page.getByRole('heading', { name: 'My appointments' }).isVisible()).resolves.toBe(true);
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
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('button', { name: 'Cancel appointment' }).count()).resolves.toBe(0);
  });

  it('cannot open staff pages', async () => {
    await page.goto(portalUrl('/staff'));
    expect(new URL(page.url()).pathname).not.toMatch(/^\/staff/);
  });
});

/** Walks the booking flow without knowing the seed: first doctor, first day with a free slot, first slot. */
async function bookFirstFreeSlot(page: Page): Promise<void> {
  await page.locator('a[href*="doctor="]').first().click();
  await page.waitForURL(/doctor=/);
  const days = await page
    .locator('a[href*="day="]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  // From the day after tomorrow: a consultation can be cancelled by the patient only until 24 hours before it.
  for (const day of days.slice(2)) {
    await page.goto(day);
    const slots = page.getByRole('button', { name: /^\d{2}:\d{2}$/ });
    if ((await slots.count()) > 0) {
      await screenshot(page, 'book-slot');
      await slots.first().click();
      return;
    }
  }
  throw new Error('no free slot in two weeks');
}
