import type { Page } from 'playwright-core';

/** How long a live update (socket event → re-render) may take to show. */
export const LIVE_WAIT_MS = 15_000;

const BELL = '[data-testid="notification-bell"]';

/** The bell's count as the page shows it now. */
export async function bellCount(page: Page): Promise<number> {
  return Number(await page.locator(BELL).getAttribute('data-unread'));
}

/** Waits until the page's live connection (bell, or the given indicator) is up, so a later event cannot be missed. */
export async function waitUntilLive(page: Page, selector = `${BELL}[data-live="true"]`): Promise<void> {
  await page.waitForSelector(selector, { timeout: LIVE_WAIT_MS });
}

/** Waits until the bell shows exactly `count` unread notifications. */
export async function waitForBell(page: Page, count: number): Promise<void> {
  await page.waitForSelector(`${BELL}[data-unread="${count}"]`, { timeout: LIVE_WAIT_MS });
}
