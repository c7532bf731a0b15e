import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const modulesDir = join(__dirname, '../../modules');

function responseFiles(): string[] {
  return readdirSync(modulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(modulesDir, dir.name))
        .filter((file) => file.endsWith('.responses.ts'))
        .map((file) => join(dir.name, file)),
    );
}

/** Class declarations of a file, as `name` and their heritage clause (`extends …`, `implements …`). */
function classes(source: string): { name: string; heritage: string }[] {
  return [...source.matchAll(/^(?:export )?class (\w+)([^{]*)\{/gm)].map(([, name, heritage]) => ({
    name,
    heritage,
  }));
}

describe('API response classes', () => {
  it('are found', () => {
    expect(responseFiles().length).toBeGreaterThanOrEqual(7);
  });

  // One source for each shape: the portal reads the contracts interface, the API's class implements it,
  // so the compiler refuses a field added or renamed on one side only. Pages are PageDto(<class>).
  it.each(responseFiles())('%s: every class implements its libs/contracts interface', (file) => {
    const source = readFileSync(join(modulesDir, file), 'utf8');
    const loose = classes(source)
      .filter(({ heritage }) => !/\bimplements\b/.test(heritage) && !/\bextends PageDto\(/.test(heritage))
      .map(({ name }) => name);
    expect(loose).toEqual([]);
  });
});
