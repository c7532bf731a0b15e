import { escapeHtml, type MailContent } from '../../mail/mail-templates';

/**
 * A notification as email: the title, the body exactly as given (it carries no clinical detail) and a
 * link into the portal. Same layout and escaping as the account emails in mail-templates.ts.
 */
export interface NotificationMailInput {
  clinicName: string;
  recipientName: string;
  title: string;
  body: string;
  link: string | null;
}

const BUTTON_STYLE =
  'display:inline-block;padding:12px 20px;background:#1d4ed8;color:#ffffff;' +
  'text-decoration:none;border-radius:6px;font-weight:600;';

const ACTION_LABEL = 'Open the portal';

/** Only absolute web links: a relative or `javascript:` link in an email is always a bug. */
function assertWebLink(link: string): string {
  const protocol = URL.canParse(link) ? new URL(link).protocol : '';
  if (protocol !== 'https:' && protocol !== 'http:')
    throw new Error('mail links must be absolute http(s) URLs');
  return link;
}

function greeting(recipientName: string): string {
  const name = recipientName.trim();
  return name ? `Hello ${name},` : 'Hello,';
}

function paragraph(text: string): string {
  return `<p style="margin:0 0 16px;">${escapeHtml(text)}</p>`;
}

function renderText(input: NotificationMailInput): string {
  const action = input.link ? [`${ACTION_LABEL}: ${assertWebLink(input.link)}`] : [];
  const sections = [greeting(input.recipientName), input.title, input.body, ...action];
  return `${sections.join('\n\n')}\n\n${input.clinicName}\n`;
}

function renderAction(link: string): string {
  const href = escapeHtml(assertWebLink(link));
  const button = `<a href="${href}" style="${BUTTON_STYLE}">${escapeHtml(ACTION_LABEL)}</a>`;
  const fallback = `<a href="${href}" style="color:#1d4ed8;word-break:break-all;">${href}</a>`;
  return [
    `<p style="margin:24px 0;">${button}</p>`,
    `<p style="font-size:14px;color:#4b5563;">If the button does not work, copy this address into your browser:<br>${fallback}</p>`,
  ].join('\n');
}

function renderHtml(input: NotificationMailInput, subject: string): string {
  const clinic = escapeHtml(input.clinicName);
  const content = [
    paragraph(greeting(input.recipientName)),
    `<h2 style="margin:0 0 16px;font-size:18px;color:#111827;">${escapeHtml(input.title)}</h2>`,
    paragraph(input.body),
    ...(input.link ? [renderAction(input.link)] : []),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#111827;">
<div role="article" aria-label="${escapeHtml(subject)}" style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;">
<h1 style="margin:0 0 24px;font-size:20px;color:#111827;">${clinic}</h1>
${content}
<p style="margin:24px 0 0;font-size:14px;color:#4b5563;">${clinic}</p>
</div>
</body>
</html>
`;
}

export function notificationMail(input: NotificationMailInput): MailContent {
  const subject = `${input.title} — ${input.clinicName}`;
  return { subject, text: renderText(input), html: renderHtml(input, subject) };
}
