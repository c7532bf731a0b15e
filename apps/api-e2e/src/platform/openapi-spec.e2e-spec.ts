import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runProcess } from '@healthsync/testing/services/run-process';

import { WORKSPACE_ROOT } from '../support/api-process';
import { apiUrl } from '../support/e2e-env';

const COMMITTED_SPEC = join(WORKSPACE_ROOT, 'openapi/healthsync-api.json');

describe('the OpenAPI document', () => {
  const exported = join(mkdtempSync(join(tmpdir(), 'healthsync-openapi-')), 'healthsync-api.json');

  beforeAll(async () => {
    const run = await runProcess(
      process.execPath,
      [join(WORKSPACE_ROOT, 'dist/apps/api/openapi.js'), exported],
      {
        cwd: WORKSPACE_ROOT,
      },
    );
    if (run.status !== 0) throw new Error(`the OpenAPI export failed: ${run.stderr}`);
  });

  it('passes the Redocly linter with no errors', async () => {
    const redocly = join(WORKSPACE_ROOT, 'node_modules/.bin/redocly');
    const result = await runProcess(
      redocly,
      ['lint', exported, '--config', join(WORKSPACE_ROOT, 'redocly.yaml'), '--format', 'stylish'],
      { cwd: WORKSPACE_ROOT },
    );
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });

  it('is the one the running API serves', async () => {
    const served = await (await fetch(apiUrl('/api/docs-json'))).json();
    expect(served).toEqual(JSON.parse(readFileSync(exported, 'utf8')));
  });

  it('matches the committed openapi/healthsync-api.json (run `npm run openapi` after changing the API)', () => {
    expect(JSON.parse(readFileSync(COMMITTED_SPEC, 'utf8'))).toEqual(
      JSON.parse(readFileSync(exported, 'utf8')),
    );
  });
});
