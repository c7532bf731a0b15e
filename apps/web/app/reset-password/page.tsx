import type { Metadata } from 'next';
import Link from 'next/link';

import { EmailedLinkCard } from '@/components/auth/emailed-link-card';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';

export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  return (
    <EmailedLinkCard
      title="Choose a new password"
      footer={
        <>
          Back to <Link href="/login">sign in</Link>
        </>
      }
      token={token}
      broken={{
        text: 'This reset link is incomplete or broken. Links work once and for a limited time.',
        href: '/forgot-password',
        label: 'Ask for a new link',
      }}
    >
      {(valid) => <ResetPasswordForm token={valid} />}
    </EmailedLinkCard>
  );
}
