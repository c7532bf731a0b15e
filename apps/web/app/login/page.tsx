import type { Metadata } from 'next';
import Link from 'next/link';

import { AuthCard } from '../../components/auth-card';
import { LoginForm } from '../../components/login-form';
import { Notice } from '../../components/notice';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ reset?: string }> }) {
  const { reset } = await searchParams;
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
      <LoginForm />
    </AuthCard>
  );
}
