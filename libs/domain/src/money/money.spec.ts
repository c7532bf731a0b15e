import fc from 'fast-check';

import { currencyExponent, formatMajorUnits, parseMinorUnits } from './money';

describe('currencyExponent', () => {
  it.each([
    ['EUR', 2],
    ['JPY', 0],
    ['KWD', 3],
  ])('%s has %i decimals', (currency, exponent) => {
    expect(currencyExponent(currency)).toBe(exponent);
  });

  it('falls back to 2 for a code Intl does not accept', () => {
    expect(currencyExponent('not a code')).toBe(2);
  });
});

describe('parseMinorUnits', () => {
  it.each([
    ['12.5', 'EUR', 1250],
    ['0.10', 'EUR', 10],
    ['60', 'EUR', 6000],
    ['60.00', 'EUR', 6000],
    ['0,10', 'EUR', 10],
    ['  7.05 ', 'EUR', 705],
    ['1.15', 'EUR', 115],
    ['4.35', 'EUR', 435],
    ['500', 'JPY', 500],
    ['1.234', 'KWD', 1234],
    ['0', 'EUR', 0],
  ])('%s %s is %i minor units', (text, currency, minor) => {
    expect(parseMinorUnits(text, currency)).toBe(minor);
  });

  it.each([
    ['1.234', 'EUR'],
    ['12.5', 'JPY'],
    ['-1', 'EUR'],
    ['-0.50', 'EUR'],
    ['+1', 'EUR'],
    ['', 'EUR'],
    ['abc', 'EUR'],
    ['1e3', 'EUR'],
    ['12.', 'EUR'],
    ['.5', 'EUR'],
    ['1.2.3', 'EUR'],
    ['1 000', 'EUR'],
    ['Infinity', 'EUR'],
    ['0x10', 'EUR'],
    ['99999999999999999999', 'EUR'],
  ])('refuses %j in %s', (text, currency) => {
    expect(parseMinorUnits(text, currency)).toBeNull();
  });

  const currency = fc.constantFrom('EUR', 'USD', 'JPY', 'KWD', 'GBP', 'CHF');
  const amount = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

  it('reads back exactly what formatMajorUnits wrote', () => {
    fc.assert(
      fc.property(amount, currency, (minor, code) => {
        expect(parseMinorUnits(formatMajorUnits(minor, code), code)).toBe(minor);
      }),
    );
  });

  it('equals whole × 10^exponent + the fraction padded to the exponent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const text = `${whole}.${String(cents).padStart(2, '0')}`;
          expect(parseMinorUnits(text, 'EUR')).toBe(whole * 100 + cents);
        },
      ),
    );
  });

  it('refuses more decimals than the currency has', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.stringMatching(/^\d{3,6}$/),
        (whole, fraction) => {
          expect(parseMinorUnits(`${whole}.${fraction}`, 'EUR')).toBeNull();
        },
      ),
    );
  });

  it('refuses any negative amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (minor) => {
        expect(parseMinorUnits(formatMajorUnits(-minor, 'EUR'), 'EUR')).toBeNull();
      }),
    );
  });

  it('never returns anything but a non-negative safe integer or null', () => {
    fc.assert(
      fc.property(fc.string(), currency, (text, code) => {
        const minor = parseMinorUnits(text, code);
        expect(minor === null || (Number.isSafeInteger(minor) && minor >= 0)).toBe(true);
      }),
    );
  });
});

describe('formatMajorUnits', () => {
  it.each([
    [1250, 'EUR', '12.50'],
    [5, 'EUR', '0.05'],
    [0, 'EUR', '0.00'],
    [500, 'JPY', '500'],
    [1234, 'KWD', '1.234'],
    [-705, 'EUR', '-7.05'],
  ])('%i %s is %s', (minor, currency, text) => {
    expect(formatMajorUnits(minor, currency)).toBe(text);
  });

  it('refuses a fractional amount of minor units', () => {
    expect(() => formatMajorUnits(12.5, 'EUR')).toThrow(RangeError);
  });
});
