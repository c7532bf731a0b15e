import type { Metadata } from 'next';
import Link from 'next/link';

import { AuthCard } from '@/components/auth/auth-card';
import { ConfirmRegistrationForm } from '@/components/auth/confirm-registration-form';

export const metadata: Metadata = { title: 'Finish creating your account' };

/** The API's link tokens are 43–128 characters; anything else cannot be a link we sent. */
const looksLikeToken = (token: string | undefined): token is string =>
  typeof token === 'string' && token.length >= 43 && token.length <= 128;

export default async function ConfirmRegistrationPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  return (
    <AuthCard
      title="Finish creating your account"
      footer={
        <>
          Already registered? <Link href="/login">Sign in</Link>
        </>
      }
    >
      {looksLikeToken(token) ? (
        <ConfirmRegistrationForm token={token} />
      ) : (
        <div className="space-y-3">
          <p>This link is incomplete or broken. Links work once and for 24 hours.</p>
          <Link href="/register" className="btn w-full">
            Register again
          </Link>
        </div>
      )}
    </AuthCard>
  );
}
