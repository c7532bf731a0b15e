/**
 * The GSM 03.38 alphabet (7-bit default alphabet and its extension table). A message with any other
 * character is sent as UCS-2, and one segment shrinks from 160 to 70 characters.
 */
const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** Extension characters take two septets (escape + character). */
const GSM7_EXTENSION = new Set('^{}\\[~]|€\f');

export const GSM7_SEGMENT_SEPTETS = 160;

function septetsOf(char: string): number {
  if (GSM7_BASIC.has(char)) return 1;
  return GSM7_EXTENSION.has(char) ? 2 : 0;
}

/** The text without characters outside the GSM-7 alphabet. */
export function toGsm7(text: string): string {
  return [...text].filter((char) => septetsOf(char) > 0).join('');
}

/** Length in septets of GSM-7 text (extension characters count twice). */
export function gsm7Length(text: string): number {
  return [...text].reduce((total, char) => total + septetsOf(char), 0);
}

/** The longest prefix of GSM-7 text that fits in `septets`. */
export function truncateGsm7(text: string, septets: number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    used += septetsOf(char);
    if (used > septets) break;
    end += char.length;
  }
  return text.slice(0, end);
}
