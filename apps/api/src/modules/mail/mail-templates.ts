/**
 * The API's emails as plain text and HTML. They say what happened to an account and link to the
 * portal, nothing more: an inbox is not a safe place for clinical information.
 */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

interface MailAction {
  label: string;
  link: string;
}

interface MailBody {
  clinicName: string;
  subject: string;
  recipientName: string;
  paragraphs: string[];
  action?: MailAction;
  closing?: string[];
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Only absolute web links: a relative or `javascript:` link in an email is always a bug. */
function assertWebLink(link: string): string {
  const protocol = URL.canParse(link) ? new URL(link).protocol : '';
  if (protocol !== 'https:' && protocol !== 'http:')
    throw new Error('mail links must be absolute http(s) URLs');
  return link;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

function greeting(recipientName: string): string {
  const name = recipientName.trim();
  return name ? `Hello ${name},` : 'Hello,';
}

function renderText(body: MailBody): string {
  const action = body.action ? [`${body.action.label}: ${assertWebLink(body.action.link)}`] : [];
  const sections = [greeting(body.recipientName), ...body.paragraphs, ...action, ...(body.closing ?? [])];
  return `${sections.join('\n\n')}\n\n${body.clinicName}\n`;
}

const BUTTON_STYLE =
  'display:inline-block;padding:12px 20px;background:#1d4ed8;color:#ffffff;' +
  'text-decoration:none;border-radius:6px;font-weight:600;';

function renderAction(action: MailAction): string {
  const href = escapeHtml(assertWebLink(action.link));
  const button = `<a href="${href}" style="${BUTTON_STYLE}">${escapeHtml(action.label)}</a>`;
  const fallback = `<a href="${href}" style="color:#1d4ed8;word-break:break-all;">${href}</a>`;
  return [
    `<p style="margin:24px 0;">${button}</p>`,
    `<p style="font-size:14px;color:#4b5563;">If the button does not work, copy this address into your browser:<br>${fallback}</p>`,
  ].join('\n');
}

function paragraph(text: string): string {
  return `<p style="margin:0 0 16px;">${escapeHtml(text)}</p>`;
}

function renderHtml(body: MailBody): string {
  const clinic = escapeHtml(body.clinicName);
  const content = [
    paragraph(greeting(body.recipientName)),
    ...body.paragraphs.map(paragraph),
    ...(body.action ? [renderAction(body.action)] : []),
    ...(body.closing ?? []).map(paragraph),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(body.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#111827;">
<div role="article" aria-label="${escapeHtml(body.subject)}" style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;">
<h1 style="margin:0 0 24px;font-size:20px;color:#111827;">${clinic}</h1>
${content}
<p style="margin:24px 0 0;font-size:14px;color:#4b5563;">${clinic}</p>
</div>
</body>
</html>
`;
}

function compose(body: MailBody): MailContent {
  return { subject: body.subject, text: renderText(body), html: renderHtml(body) };
}

export function passwordResetMail(input: {
  clinicName: string;
  recipientName: string;
  link: string;
  validForMinutes: number;
  /** When the account has a second factor, the email says that a reset does not remove it. */
  secondFactorOn?: boolean;
}): MailContent {
  const secondFactor = input.secondFactorOn
    ? [
        'Two-factor sign-in stays on: after the reset you still sign in with your authenticator app or a recovery code. If you never turned it on, contact the clinic before you reset.',
      ]
    : [];
  return compose({
    clinicName: input.clinicName,
    subject: `Reset your ${input.clinicName} password`,
    recipientName: input.recipientName,
    paragraphs: [
      `We received a request to reset the password of your ${input.clinicName} account.`,
      `The link below can be used once and is valid for ${plural(input.validForMinutes, 'minute')}.`,
      ...secondFactor,
    ],
    action: { label: 'Reset your password', link: input.link },
    closing: ['If you did not ask for this, you can ignore this email: your password stays as it is.'],
  });
}

export function accountInvitationMail(input: {
  clinicName: string;
  recipientName: string;
  role: string;
  link: string;
  validForHours: number;
}): MailContent {
  return compose({
    clinicName: input.clinicName,
    subject: `Your ${input.clinicName} staff account`,
    recipientName: input.recipientName,
    paragraphs: [
      `A staff account with the role "${input.role}" was created for you at ${input.clinicName}.`,
      `Choose your password to start using it. The link below is valid for ${plural(input.validForHours, 'hour')}.`,
    ],
    action: { label: 'Set your password', link: input.link },
    closing: ['If you were not expecting this, please contact the clinic.'],
  });
}

export function accountLockedMail(input: {
  clinicName: string;
  recipientName: string;
  lockedForMinutes: number;
  unlockLink: string;
  resetLink: string;
}): MailContent {
  return compose({
    clinicName: input.clinicName,
    subject: `Sign-ins to your ${input.clinicName} account from new devices are paused`,
    recipientName: input.recipientName,
    paragraphs: [
      'Someone failed to sign in to your account several times, so sign-ins from devices you have not used before are paused.',
      `Devices you signed in from before still work. The pause ends by itself in ${plural(input.lockedForMinutes, 'minute')}, or at once with the link below (it works once).`,
      `If these attempts were not yours, reset your password: ${assertWebLink(input.resetLink)}`,
    ],
    action: { label: 'Unlock your account', link: input.unlockLink },
  });
}

export function passwordChangedMail(input: { clinicName: string; recipientName: string }): MailContent {
  return compose({
    clinicName: input.clinicName,
    subject: `Your ${input.clinicName} password was changed`,
    recipientName: input.recipientName,
    paragraphs: [`The password of your ${input.clinicName} account was just changed.`],
    closing: ['If you did not change it, contact the clinic right away.'],
  });
}

export function secondFactorChangedMail(input: {
  clinicName: string;
  recipientName: string;
  enabled: boolean;
}): MailContent {
  const change = input.enabled ? 'turned on' : 'turned off';
  return compose({
    clinicName: input.clinicName,
    subject: `Two-factor sign-in was ${change} for your ${input.clinicName} account`,
    recipientName: input.recipientName,
    paragraphs: [
      input.enabled
        ? `An authenticator app was just added to your ${input.clinicName} account: signing in now also needs a code from it.`
        : `Two-factor sign-in was just turned off for your ${input.clinicName} account: signing in now needs only the password.`,
    ],
    closing: ['If this was not you, reset your password and contact the clinic right away.'],
  });
}

export function registrationConfirmMail(input: {
  clinicName: string;
  recipientName: string;
  link: string;
  validForHours: number;
}): MailContent {
  return compose({
    clinicName: input.clinicName,
    subject: `Confirm your ${input.clinicName} patient account`,
    recipientName: input.recipientName,
    paragraphs: [
      `Someone, hopefully you, asked to create a ${input.clinicName} patient account with this email address.`,
      `To finish, open the link below and enter the password you chose. It is valid for ${plural(input.validForHours, 'hour')}.`,
    ],
    action: { label: 'Confirm your account', link: input.link },
    closing: ['If you did not ask for this, ignore this email: no account is created.'],
  });
}

export function registrationAttemptMail(input: {
  clinicName: string;
  recipientName: string;
  signInLink: string;
  resetLink: string;
}): MailContent {
  return compose({
    clinicName: input.clinicName,
    subject: `Someone tried to create an account with your ${input.clinicName} email`,
    recipientName: input.recipientName,
    paragraphs: [
      `Someone tried to register a new ${input.clinicName} account with this email address, which already has one. Nothing was changed.`,
      `If it was you, sign in instead: ${assertWebLink(input.signInLink)}`,
    ],
    action: { label: 'Forgot your password? Reset it', link: input.resetLink },
    closing: ['If it was not you, you can ignore this email.'],
  });
}

/** A notification as email: its title, its body exactly as given (it carries no clinical detail) and a portal link. */
export function notificationMail(input: {
  clinicName: string;
  recipientName: string;
  title: string;
  body: string;
  link: string | null;
}): MailContent {
  return compose({
    clinicName: input.clinicName,
    subject: `${input.title} — ${input.clinicName}`,
    recipientName: input.recipientName,
    paragraphs: [input.title, input.body],
    action: input.link ? { label: 'Open the portal', link: input.link } : undefined,
  });
}
