import type { Metadata } from 'next';
import Link from 'next/link';

import { AuthCard } from '@/components/auth/auth-card';
import { LoginForm } from '@/components/auth/login-form';
import { Notice } from '@/components/ui/notice';
import { unlockAccount } from '@/lib/actions/auth';

export const metadata: Metadata = { title: 'Sign in' };

interface LoginSearch {
  reset?: string;
  unlock?: string;
  unlocked?: string;
  'unlock-failed'?: string;
}

/** The emailed unlock link lands here; a button (not the visit itself) uses it, so a link scanner cannot. */
function UnlockForm({ token }: { token: string }) {
  return (
    <form action={unlockAccount} className="mb-6 space-y-3">
      <p>Sign-ins to your account from new devices were paused after several failed attempts.</p>
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="btn w-full">
        Unlock my account
      </button>
    </form>
  );
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<LoginSearch> }) {
  const search = await searchParams;
  const { reset, unlock } = search;
  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          New patient? <Link href="/register">Create an account</Link>
        </>
      }
    >
      {reset === '1' && <Notice message="Your password has been changed. Sign in with the new one." />}
      {search.unlocked === '1' && <Notice message="Your account is unlocked. Sign in as usual." />}
      {search['unlock-failed'] === '1' && (
        <Notice message="That unlock link is invalid, expired or already used. The pause ends by itself after 15 minutes." />
      )}
      {unlock && <UnlockForm token={unlock} />}
      <LoginForm />
    </AuthCard>
  );
}
