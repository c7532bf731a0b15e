import type { Browser, Page } from 'playwright-core';

import { portalUrl } from './browser';

export const DEMO_PASSWORD = 'Demo-password-2026';
export const DEMO = {
  admin: 'admin@demo.healthsync.test',
  receptionist: 'reception@demo.healthsync.test',
  doctor: 'doctor@demo.healthsync.test',
  patient: 'patient@demo.healthsync.test',
} as const;

/** Signs in through the login form and waits for the role's home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(portalUrl('/login'));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/(portal|staff)(\/|$|\?)/);
}

/** A fresh browser context (its own cookies) at desktop width, signed in as `email`. */
export async function signedInPage(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, email, password);
  return page;
}
