import type { Metadata } from 'next';
import Link from 'next/link';

import { ConfirmRegistrationForm } from '@/components/auth/confirm-registration-form';
import { EmailedLinkCard } from '@/components/auth/emailed-link-card';

export const metadata: Metadata = { title: 'Finish creating your account' };

export default async function ConfirmRegistrationPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  return (
    <EmailedLinkCard
      title="Finish creating your account"
      footer={
        <>
          Already registered? <Link href="/login">Sign in</Link>
        </>
      }
      token={token}
      broken={{
        text: 'This link is incomplete or broken. Links work once and for 24 hours.',
        href: '/register',
        label: 'Register again',
      }}
    >
      {(valid) => <ConfirmRegistrationForm token={valid} />}
    </EmailedLinkCard>
  );
}
