import { MAX_PAGE } from '@healthsync/contracts/common/page-limits';

import { pageCount, pageNumber } from './page-number';

describe('pageNumber', () => {
  it('reads a whole page number within the API’s bounds', () => {
    expect(pageNumber('3')).toBe(3);
    expect(pageNumber(' 2 ')).toBe(2);
    expect(pageNumber(['4', '5'])).toBe(4);
    expect(pageNumber(String(MAX_PAGE))).toBe(MAX_PAGE);
  });

  it('falls back to the first page for anything else', () => {
    for (const value of [undefined, '', '0', '-1', '1.5', 'abc', '2abc', String(MAX_PAGE + 1), '1e3x']) {
      expect({ value, page: pageNumber(value) }).toEqual({ value, page: 1 });
    }
  });
});

describe('pageCount', () => {
  it('counts full and partial pages, an empty list as one', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });
});
