import { confusableEmailProblem, normaliseEmailAddress } from './email-address';

describe('email addresses', () => {
  it('normalises to NFKC, trimmed and lower-cased', () => {
    expect(normaliseEmailAddress('  Ada.Lovelace@Example.ORG ')).toBe('ada.lovelace@example.org');
    expect(normaliseEmailAddress('ａｄｍｉｎ@clinic.test')).toBe('admin@clinic.test');
  });

  it.each([
    ['a Cyrillic а among Latin letters', '\u0430dmin@clinic.test'],
    ['a Greek ο in the domain', 'admin@cl\u03bfnic.test'],
    ['a Cyrillic е in a domain label', 'ada@\u0435xample.org'],
  ])('refuses an address with %s', (_, address) => {
    expect(confusableEmailProblem(address)).toMatch(/mixes letters of different scripts/);
  });

  it('refuses compatibility forms that would fold into other letters', () => {
    expect(confusableEmailProblem('ａｄｍｉｎ@clinic.test')).toMatch(/plain letters/);
  });

  it.each([
    ['plain ASCII', 'ada.lovelace+clinic@example.org'],
    ['one script per part', '\u0430\u0434\u043c\u0438\u043d@example.org'],
    ['Japanese scripts together', '\u3084\u307e\u3060\u592a\u90ce@example.jp'],
    ['digits and hyphens with any script', '\u0430\u0434\u043c\u0438\u043d-2@example.org'],
  ])('accepts %s', (_, address) => {
    expect(confusableEmailProblem(address)).toBeNull();
  });

  it('accepts only ASCII for staff accounts', () => {
    expect(confusableEmailProblem('\u0430\u0434\u043c\u0438\u043d@example.org', { asciiOnly: true })).toMatch(
      /only ASCII/,
    );
    expect(confusableEmailProblem('reception@clinic.test', { asciiOnly: true })).toBeNull();
  });
});
