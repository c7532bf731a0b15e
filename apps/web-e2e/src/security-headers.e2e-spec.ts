import type { Browser, BrowserContext, Page } from 'playwright-core';

import { launchBrowser, portalUrl } from './support/browser';
import { waitUntilLive } from './support/live-page';
import { DEMO, signIn } from './support/portal-session';

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

/**
 * Collects every CSP violation a page reports (the `securitypolicyviolation` DOM event, and the
 * console's "Content Security Policy" errors), from the first script on.
 */
async function watchViolations(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.exposeFunction('__reportCspViolation', (text: string) => seen.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void })
        .__reportCspViolation;
      void report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`,
      );
    });
  });
  context.on('console', (message) => {
    if (/content security policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

describe('the portal’s security headers', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('sends a nonce-based CSP, a new nonce each time, and the other hardening headers', async () => {
    const [first, second] = await Promise.all([fetch(portalUrl('/login')), fetch(portalUrl('/login'))]);
    const csp = directives(first.headers.get('content-security-policy'));
    const nonce = csp['script-src']?.find((source) => source.startsWith("'nonce-"));

    expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/=]{16,}'$/);
    expect(csp['script-src']).toEqual(expect.arrayContaining(["'strict-dynamic'"]));
    expect(csp['script-src']).not.toContain("'unsafe-inline'");
    expect(csp['script-src']).not.toContain("'unsafe-eval'");
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    const api = new URL(process.env['PORTAL_API_URL'] ?? '');
    expect(csp['connect-src']).toEqual(expect.arrayContaining(["'self'", api.origin, `ws://${api.host}`]));
    expect(second.headers.get('content-security-policy')).not.toContain(nonce);
    expect(await first.text()).toContain(`nonce="${nonce?.slice(7, -1)}"`);

    expect(first.headers.get('x-frame-options')).toBe('DENY');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(first.headers.get('permissions-policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    // The e2e portal runs with NODE_ENV=production.
    expect(first.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  });

  it('sends nosniff and refuses framing on static assets and redirects too', async () => {
    const login = await (await fetch(portalUrl('/login'))).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(login)?.[0];
    expect(asset).toBeDefined();
    const script = await fetch(portalUrl(asset ?? ''));
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    const redirect = await fetch(portalUrl('/staff'), { redirect: 'manual' });
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get('x-frame-options')).toBe('DENY');
    expect(redirect.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('cannot be framed by another site', async () => {
    const page = await browser.newPage();
    try {
      // The iframe's load event fires once the browser is done with it, refused or not: after it, a
      // portal page that was allowed in would be showing its sign-in form.
      await page.setContent(
        `<iframe id="framed" src="${portalUrl('/login')}" width="800" height="600"
           onload="window.__framedLoaded = true"></iframe>`,
      );
      await page.waitForFunction(() => (window as { __framedLoaded?: boolean }).__framedLoaded === true);
      const frame = await (await page.waitForSelector('#framed')).contentFrame();
      expect(await frame?.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  describe('the main pages run without a CSP violation', () => {
    const visit = async (page: Page, path: string) => {
      await page.goto(portalUrl(path));
      await page.waitForLoadState('networkidle');
    };

    it.each([
      ['anonymous', null, ['/login', '/register', '/forgot-password', '/reset-password?token=x']],
      ['a patient', DEMO.patient, ['/portal', '/portal/book', '/portal/profile', '/notifications']],
      [
        'the front desk',
        DEMO.receptionist,
        ['/staff', '/staff/calendar', '/staff/patients', '/staff/doctors', '/notifications/settings'],
      ],
      ['an admin', DEMO.admin, ['/staff/admin/users', '/staff/admin/audit']],
    ])('as %s', async (_who, email, paths) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const violations = await watchViolations(context);
        const page = await context.newPage();
        if (email) await signIn(page, email);
        for (const path of paths) await visit(page, path);
        // Signed in, the bell opens Socket.io to the API: connect-src must allow it.
        if (email) await waitUntilLive(page);
        expect(violations).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
