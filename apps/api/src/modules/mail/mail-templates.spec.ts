import {
  accountInvitationMail,
  accountLockedMail,
  escapeHtml,
  passwordChangedMail,
  passwordResetMail,
  secondFactorChangedMail,
  type MailContent,
} from './mail-templates';

const clinicName = 'Riverside & Co <Clinic>';
const hostile = '<script>alert("x")</script>';
const link = 'https://portal.clinic.test/reset-password?token=abc123';

const reset = passwordResetMail({ clinicName, recipientName: hostile, link, validForMinutes: 30 });
const invitation = accountInvitationMail({
  clinicName,
  recipientName: hostile,
  role: hostile,
  link,
  validForHours: 72,
});
const locked = accountLockedMail({
  clinicName,
  recipientName: hostile,
  lockedForMinutes: 15,
  unlockLink: link,
  resetLink: 'https://portal.clinic.test/forgot-password',
});
const changed = passwordChangedMail({ clinicName, recipientName: hostile });
const secondFactorOn = secondFactorChangedMail({ clinicName, recipientName: hostile, enabled: true });
const mails: Record<string, MailContent> = { reset, invitation, locked, changed, secondFactorOn };

describe('mail templates', () => {
  describe.each(Object.entries(mails))('%s', (_name, mail) => {
    it('escapes every interpolated value in the HTML', () => {
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).not.toContain('<Clinic>');
      expect(mail.html).toContain(escapeHtml(hostile));
      expect(mail.html).toContain('Riverside &amp; Co &lt;Clinic&gt;');
    });

    it('names the clinic in the subject and heads the HTML with it', () => {
      expect(mail.subject).toContain(clinicName);
      expect(mail.html).toMatch(/<h1[^>]*>Riverside &amp; Co &lt;Clinic&gt;<\/h1>/);
      expect(mail.html).toContain('<html lang="en">');
    });

    it('leaves no undefined, null or NaN in any part', () => {
      for (const part of [mail.subject, mail.text, mail.html]) {
        expect(part).not.toMatch(/undefined|null|NaN|\[object/);
      }
    });

    it('keeps the text part plain: the names as typed, no markup', () => {
      expect(mail.text).toContain(hostile);
      expect(mail.text).not.toContain('&lt;');
      expect(mail.text).not.toMatch(/<\/?(p|a|div|h1)\b/);
    });
  });

  it.each(Object.entries({ reset, invitation, locked }))(
    '%s puts the link in the text and as an href in the HTML',
    (_name, mail) => {
      expect(mail.text).toContain(link);
      expect(mail.html).toContain(`href="${link}"`);
    },
  );

  it('escapes a link in the HTML attribute and keeps it as is in the text', () => {
    const withQuery = 'https://portal.clinic.test/reset?token=a&b="c"';
    const mail = passwordResetMail({
      clinicName,
      recipientName: 'Ada',
      link: withQuery,
      validForMinutes: 30,
    });
    expect(mail.text).toContain(withQuery);
    expect(mail.html).toContain('href="https://portal.clinic.test/reset?token=a&amp;b=&quot;c&quot;"');
  });

  it('refuses a link that is not an absolute web address', () => {
    for (const bad of ['javascript:alert(1)', '/reset?token=abc', 'not a url']) {
      expect(() =>
        passwordResetMail({ clinicName, recipientName: 'Ada', link: bad, validForMinutes: 30 }),
      ).toThrow('mail links must be absolute http(s) URLs');
    }
  });

  it('states the validity and lock durations, singular or plural', () => {
    expect(reset.text).toContain('valid for 30 minutes');
    expect(invitation.text).toContain('valid for 72 hours');
    expect(locked.text).toContain('in 15 minutes');
    const oneHour = accountInvitationMail({
      clinicName,
      recipientName: 'Ada',
      role: 'nurse',
      link,
      validForHours: 1,
    });
    expect(oneHour.text).toContain('valid for 1 hour.');
  });

  it('greets without a name when there is none', () => {
    const mail = passwordChangedMail({ clinicName, recipientName: '  ' });
    expect(mail.text.startsWith('Hello,\n')).toBe(true);
  });
});
