import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { parseSort, SortablePageQuery } from './pagination';

class PatientListQuery extends SortablePageQuery(['name', 'createdAt'] as const, '-createdAt') {}

const validate = (query: Record<string, unknown>) => {
  const instance = plainToInstance(PatientListQuery, query);
  return { instance, errors: validateSync(instance) };
};

describe('SortablePageQuery', () => {
  it('defaults the page, limit and sort', () => {
    const { instance, errors } = validate({});
    expect(errors).toEqual([]);
    expect(instance).toMatchObject({ page: 1, limit: 20, sort: '-createdAt' });
  });

  it.each(['name', '-name', 'createdAt', '-createdAt'])('accepts the allowed sort %s', (sort) => {
    expect(validate({ sort }).errors).toEqual([]);
  });

  it.each(['password', 'name; DROP TABLE patients', '(select 1)', 'name desc', '--name', ''])(
    'refuses the sort %p',
    (sort) => {
      const [error] = validate({ sort }).errors;
      expect(error?.property).toBe('sort');
      expect(Object.values(error?.constraints ?? {})[0]).toContain('sort must be one of: name, -name');
    },
  );

  it.each([{ limit: '0' }, { limit: '101' }, { page: '-1' }, { limit: 'ten' }])('refuses %p', (query) => {
    expect(validate(query).errors).not.toEqual([]);
  });
});

describe('parseSort', () => {
  it('parses direction', () => {
    expect(parseSort('-createdAt', ['createdAt'])).toEqual({ field: 'createdAt', direction: 'DESC' });
    expect(parseSort('name', ['name'])).toEqual({ field: 'name', direction: 'ASC' });
  });
  it('refuses a field outside the allow-list even when validation was skipped', () => {
    expect(() => parseSort('password', ['name'])).toThrow(RangeError);
  });
});
