/** The shared API that global setup started. */
export function apiUrl(path = ''): string {
  const base = process.env['E2E_API_URL'];
  if (!base) throw new Error('E2E_API_URL is unset: run e2e tests through apps/api-e2e/jest.config.cjs');
  return `${base}${path}`;
}

export const PROBLEM_JSON = /^application\/problem\+json/;
