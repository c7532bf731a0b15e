import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { generate } from 'otplib';
import type { Browser } from 'playwright-core';

import { launchBrowser, portalUrl, screenshot, seriousViolations } from './support/browser';
import {
  apiToken,
  bookAppointment,
  callApi,
  registerPatient,
  settledUnread,
  staffAction,
} from './support/clinic-api';
import { waitForMail } from './support/mailbox';
import { bellCount, LIVE_WAIT_MS, waitForBell, waitUntilLive } from './support/live-page';
import { DEMO, signedInPage, signIn } from './support/portal-session';
import { WORKSPACE_ROOT } from './support/portal-process';

const TOTP_PERIOD_MS = 30_000;

/** A TOTP code from `offsetSteps` periods away; the API accepts one step of drift and each code once. */
const totpCode = (secret: string, offsetSteps: number) =>
  generate({ secret, epoch: Math.floor((Date.now() + offsetSteps * TOTP_PERIOD_MS) / 1000) });

describe('notifications, live updates and the rest of sign-in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it("raises the patient's bell live when staff confirm, and lowers it when read", async () => {
    const patient = await registerPatient('bell');
    const appointment = await bookAppointment(patient, 'later');
    const before = await settledUnread(patient, ['Appointment booked']);
    const page = await signedInPage(browser, patient.email, patient.password);
    await waitUntilLive(page);
    expect(await bellCount(page)).toBe(before);

    await staffAction(appointment.id, 'confirm');
    await waitForBell(page, before + 1);
    expect(new URL(page.url()).pathname).toBe('/portal');

    await page.getByTestId('notification-bell').click();
    await page.waitForURL(/\/notifications$/);
    await page.getByRole('heading', { name: 'Appointment confirmed' }).waitFor();
    // The header of the next page (possibly prefetched before the event) keeps the live count.
    expect(await bellCount(page)).toBe(before + 1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'notifications');

    await page.getByRole('button', { name: 'Mark “Appointment confirmed” read' }).click();
    await waitForBell(page, before);
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await waitForBell(page, 0);
    await page.getByText('Unread', { exact: true }).waitFor({ state: 'detached' });
    await page.context().close();
  });

  it("adds a checked-in patient to the staff Today page's waiting room live", async () => {
    const patient = await registerPatient('waiting');
    const appointment = await bookAppointment(patient, 'today');
    const page = await signedInPage(browser, DEMO.receptionist);
    await waitUntilLive(page, '.live-indicator[data-live="true"]');
    const waitingRoom = page.getByTestId('waiting-room');
    const name = `${patient.firstName} ${patient.lastName}`;
    expect(await waitingRoom.getByText(name).count()).toBe(0);

    await staffAction(appointment.id, 'confirm');
    await staffAction(appointment.id, 'check-in');
    await waitingRoom.getByText(name).waitFor({ timeout: LIVE_WAIT_MS });
    expect(
      await waitingRoom
        .getByRole('row')
        .filter({ hasText: name })
        .getByText(/\d+ min/)
        .count(),
    ).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-today');
    await page.context().close();
  });

  it('resets a forgotten password through the emailed link, then signs in with the new one', async () => {
    const patient = await registerPatient('reset');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(portalUrl('/login'));
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL(/\/forgot-password$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'forgot-password');

    // The answer is the same for an address without an account.
    await page.getByLabel('Email').fill('nobody-here@example.test');
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    const answer = await page.getByRole('status').textContent();
    expect(answer).toMatch(/If an account uses that address/);

    await page.goto(portalUrl('/forgot-password'));
    await page.getByLabel('Email').fill(patient.email);
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    expect(await page.getByRole('status').textContent()).toBe(answer);

    const mail = await waitForMail(patient.email, (message) =>
      message.text.includes('/reset-password?token='),
    );
    const link = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(mail.text)?.[0];
    expect(link?.startsWith(portalUrl('/reset-password'))).toBe(true);
    await page.goto(link ?? '');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'reset-password');

    const newPassword = 'Brand-new-password-2026';
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('New password again').fill('Something-else-2026');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByText('The two passwords are not the same.').waitFor();
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('New password again').fill(newPassword);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.waitForURL(/\/login\?reset=1$/);
    await page.getByText('Your password has been changed').waitFor();

    await signIn(page, patient.email, newPassword);
    expect(new URL(page.url()).pathname).toBe('/portal');
    await context.close();
  });

  it('asks for the authenticator code when the account uses two-factor sign-in', async () => {
    const patient = await registerPatient('totp');
    const token = await apiToken(patient.email, patient.password);
    const { password } = patient;
    const { secret } = await callApi<{ secret: string }>('/auth/2fa/setup', { token, body: { password } });
    await callApi('/auth/2fa/enable', { token, body: { password, code: await totpCode(secret, -1) } });

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(portalUrl('/login'));
    await page.getByLabel('Email').fill(patient.email);
    await page.getByLabel('Password').fill(patient.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const code = page.getByLabel('6-digit code');
    await code.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'login-second-factor');

    await code.fill('000000');
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.getByRole('alert').filter({ hasText: /./ }).waitFor();
    await page.getByLabel('6-digit code').fill(await totpCode(secret, 0));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.waitForURL(/\/portal$/);
    await context.close();
  });

  it('walks a new staff member from the invitation email through the required two-factor enrolment', async () => {
    const admin = await apiToken(DEMO.admin);
    const email = `invited-${Date.now()}@example.test`;
    await callApi('/admin/users', {
      token: admin,
      body: { email, firstName: 'Ines', lastName: 'Invited', role: 'receptionist' },
    });
    const mail = await waitForMail(email, (message) => message.text.includes('/reset-password?token='));
    const link = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(mail.text)?.[0] ?? '';
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(link);
    const password = 'Invited-password-2026';
    await page.getByLabel('New password', { exact: true }).fill(password);
    await page.getByLabel('New password again').fill(password);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.waitForURL(/\/login\?reset=1$/);

    const requireFor = (roles: string[]) =>
      callApi('/admin/settings/security', { method: 'PUT', token: admin, body: { mfaRequiredRoles: roles } });
    await requireFor(['receptionist']);
    try {
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const secret = (await page.getByTestId('totp-secret').textContent())?.replace(/\s/g, '') ?? '';
      expect(secret).toMatch(/^[A-Z2-7]+=*$/);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'login-enrolment');
      await page.getByLabel('6-digit code').fill(await totpCode(secret, 0));
      await page.getByRole('button', { name: 'Turn on and sign in' }).click();
      await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
      expect(await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').count()).toBe(10);
      await page.getByRole('link', { name: 'I have kept them, continue' }).click();
      await page.waitForURL(/\/staff$/);
    } finally {
      await requireFor([]);
      await context.close();
    }
  });

  it('saves notification preferences and shows them again; security notices stay on', async () => {
    const patient = await registerPatient('prefs');
    const page = await signedInPage(browser, patient.email, patient.password);
    await page.goto(portalUrl('/notifications/settings'));
    expect(await seriousViolations(page)).toEqual([]);

    const security = page.getByRole('group', { name: 'Security notices' });
    expect(await security.getByRole('checkbox', { name: /^Email/ }).isChecked()).toBe(true);
    expect(await security.getByRole('checkbox', { name: /^Email/ }).isDisabled()).toBe(true);

    const reminders = page.getByRole('group', { name: 'Reminders' });
    await reminders.getByRole('checkbox', { name: 'Text message (SMS)' }).check();
    await page.getByLabel(/I agree to receive text messages/).check();
    await page.getByLabel('Mobile number for SMS').fill('+4915112345678');
    await page.getByLabel('Hold messages during quiet hours').check();
    await page.getByRole('textbox', { name: 'From' }).fill('21:30');
    await page.getByRole('textbox', { name: 'Until' }).fill('06:45');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Your notification settings are saved.').waitFor();
    await screenshot(page, 'notification-settings');

    await page.reload();
    expect(await reminders.getByRole('checkbox', { name: 'Text message (SMS)' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Mobile number for SMS').inputValue()).toBe('+4915112345678');
    expect(await page.getByRole('textbox', { name: 'From' }).inputValue()).toBe('21:30');
    expect(await page.getByRole('textbox', { name: 'Until' }).inputValue()).toBe('06:45');
    await page.context().close();
  });

  it('collapses the header into a keyboard-usable menu at phone width', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, DEMO.receptionist);
    const menu = page.getByRole('button', { name: 'Menu' });
    const calendar = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await calendar.isVisible()).toBe(false);

    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await calendar.waitFor({ state: 'visible' });
    expect(await seriousViolations(page)).toEqual([]);
    const screenshots = join(WORKSPACE_ROOT, 'apps/web-e2e/output/screenshots');
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'header-menu-open.phone.png') });

    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Menu');
    await context.close();
  });
});
