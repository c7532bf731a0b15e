/** Digits after the decimal point of a currency (ISO 4217 exponent): 2 for EUR, 0 for JPY, 3 for KWD. */
export function currencyExponent(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

const DECIMAL = /^(\d+)(?:[.,](\d+))?$/;

/**
 * A non-negative decimal amount typed in major units ("12.5", "0,10") as integer minor units of the
 * currency (1250, 10), computed on the digits, never with floating point. Null for anything else:
 * a sign, garbage, more decimals than the currency has ("1.234" in EUR), or beyond a safe integer.
 */
export function parseMinorUnits(text: string, currency: string): number | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  const exponent = currencyExponent(currency);
  if (fraction.length > exponent) return null;
  const minor = BigInt(whole + fraction.padEnd(exponent, '0'));
  return minor <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(minor) : null;
}

/** Integer minor units as a plain decimal string in major units: 1250 EUR → "12.50", 500 JPY → "500". */
export function formatMajorUnits(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`not a whole amount of minor units: ${minor}`);
  const exponent = currencyExponent(currency);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const sign = minor < 0 ? '-' : '';
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}
