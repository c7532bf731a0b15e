import { randomUUID } from 'node:crypto';

import { userNamesById } from './admin-api';
import { api } from './api';
import { doctorsById } from './doctors-api';
import { patientNamesById } from './patients-api';

jest.mock('./api', () => ({ api: jest.fn() }));

const calls = jest.mocked(api);

/** The API's answer to `?ids=…`: every id named, as a person. */
calls.mockImplementation(async (_path, options) => {
  const ids = String(options?.query?.['ids'] ?? '').split(',');
  return { items: ids.map((id) => ({ id, firstName: 'Ada', lastName: id.slice(0, 4) })), total: ids.length };
});

/** N rows of a list (Today, calendar, audit trail) naming `distinct` people among them, some rows with none. */
const rows = (n: number, distinct: number) => {
  const people = Array.from({ length: distinct }, () => randomUUID());
  return Array.from({ length: n }, (_, row) => (row % 10 === 9 ? null : (people[row % distinct] as string)));
};

describe('names behind a list of rows', () => {
  beforeEach(() => calls.mockClear());

  it.each([
    [
      'doctors',
      (ids: (string | null)[]) => doctorsById(ids.filter((id): id is string => id !== null)),
      '/doctors',
    ],
    ['accounts', userNamesById, '/admin/users'],
    [
      'patients',
      (ids: (string | null)[]) => patientNamesById(ids.filter((id): id is string => id !== null)),
      '/patients',
    ],
  ])('asks for %s once per hundred distinct ids, whatever the number of rows', async (_, byIds, path) => {
    const found = await byIds(rows(60, 25));
    expect(calls).toHaveBeenCalledTimes(1);
    expect(calls.mock.calls[0]?.[0]).toBe(path);
    expect(found.size).toBe(25);

    calls.mockClear();
    await byIds(rows(500, 250));
    expect(calls).toHaveBeenCalledTimes(3);
  });

  it('asks nothing for a list without people', async () => {
    await userNamesById([null, null]);
    await doctorsById([]);
    expect(calls).not.toHaveBeenCalled();
  });

  it('names a person "First Last"', async () => {
    const [id] = rows(1, 1) as [string];
    expect((await userNamesById([id])).get(id)).toBe(`Ada ${id.slice(0, 4)}`);
  });
});
