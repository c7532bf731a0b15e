import type { Browser } from 'playwright-core';

import { launchBrowser, screenshot, seriousViolations } from './support/browser';
import { holdSlot, isFreeSlot, registerPatient } from './support/clinic-api';
import { DEMO, signedInPage } from './support/portal-session';

describe('slots on hold, at the front desk', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows who holds a slot and releases it, so the slot is offered again at once', async () => {
    const patient = await registerPatient('holder');
    const hold = await holdSlot(patient);
    expect(await isFreeSlot(hold.startsAt)).toBe(false);

    const reception = await signedInPage(browser, DEMO.receptionist);
    const holds = reception.getByTestId('held-slots');
    const holder = `${patient.firstName} ${patient.lastName}`;
    await holds.getByRole('cell', { name: holder, exact: true }).waitFor();
    expect(await seriousViolations(reception)).toEqual([]);
    await screenshot(reception, 'staff-today-holds');

    await holds.getByRole('button', { name: `Release the slot held for ${holder}` }).click();
    await holds.getByRole('cell', { name: holder, exact: true }).waitFor({ state: 'detached' });
    expect(await isFreeSlot(hold.startsAt)).toBe(true);
    await reception.context().close();

    const doctor = await signedInPage(browser, DEMO.doctor);
    expect(await doctor.getByTestId('held-slots').count()).toBe(0);
    await doctor.context().close();
  });
});
