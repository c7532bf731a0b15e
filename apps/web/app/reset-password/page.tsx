import type { Metadata } from 'next';
import Link from 'next/link';

import { AuthCard } from '@/components/auth/auth-card';
import { ResetPasswordForm } from '@/components/auth/reset-password-form';

export const metadata: Metadata = { title: 'Choose a new password' };

/** The API's reset tokens are 43–128 characters; anything else cannot be a link we sent. */
const looksLikeToken = (token: string | undefined): token is string =>
  typeof token === 'string' && token.length >= 43 && token.length <= 128;

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  return (
    <AuthCard
      title="Choose a new password"
      footer={
        <>
          Back to <Link href="/login">sign in</Link>
        </>
      }
    >
      {looksLikeToken(token) ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div className="space-y-3">
          <p>This reset link is incomplete or broken. Links work once and for a limited time.</p>
          <Link href="/forgot-password" className="btn w-full">
            Ask for a new link
          </Link>
        </div>
      )}
    </AuthCard>
  );
}
