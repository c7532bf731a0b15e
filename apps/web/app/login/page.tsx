import type { Metadata } from 'next';
import Link from 'next/link';

import { AuthCard } from '../../components/auth-card';
import { LoginForm } from '../../components/login-form';

export const metadata: Metadata = { title: 'Sign in' };

export default function LoginPage() {
  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          New patient? <Link href="/register">Create an account</Link>
        </>
      }
    >
      <LoginForm />
    </AuthCard>
  );
}
