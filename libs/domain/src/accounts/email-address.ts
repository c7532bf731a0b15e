/**
 * One spelling per address: Unicode NFKC (fullwidth and compatibility forms fold to their plain
 * letters), trimmed, lower-cased. Sign-in, registration and account creation all compare this form.
 */
export function normaliseEmailAddress(address: string): string {
  return address.normalize('NFKC').trim().toLowerCase();
}

/** Scripts that look alike across one another; Chinese, Japanese and Korean mix legitimately, so they count as one. */
const SCRIPT_GROUPS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['CJK', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u],
];

function scriptOf(letter: string): string {
  return SCRIPT_GROUPS.find(([, pattern]) => pattern.test(letter))?.[0] ?? `other:${letter}`;
}

/** The script groups of the letters in one label (digits, dots and hyphens belong to every script). */
function scriptsOf(label: string): Set<string> {
  return new Set([...label].filter((character) => /\p{L}|\p{M}/u.test(character)).map(scriptOf));
}

/**
 * Why an address could pass for another one, or null when it cannot: a part (the local part or a
 * domain label) that mixes scripts, like `аdmin` with a Cyrillic `а`, or letters that change under
 * NFKC. With `asciiOnly` (staff accounts, which carry privileges), any letter outside ASCII is refused.
 */
export function confusableEmailProblem(
  address: string,
  options: { asciiOnly?: boolean } = {},
): string | null {
  if (address.normalize('NFKC') !== address)
    return 'must be written in plain letters (no compatibility forms)';
  if (options.asciiOnly && /[^\x20-\x7e]/.test(address))
    return 'must use only ASCII letters for a staff account';
  const parts = address.split(/[@.]/);
  if (parts.some((part) => scriptsOf(part).size > 1))
    return 'mixes letters of different scripts (for example a Cyrillic "а" among Latin letters)';
  return null;
}
