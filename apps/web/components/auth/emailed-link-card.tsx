import Link from 'next/link';
import type { ReactNode } from 'react';

import { AuthCard } from '@/components/auth/auth-card';

/** The API's link tokens are 43–128 characters; anything else cannot be a link we sent. */
const looksLikeToken = (token: string | undefined): token is string =>
  typeof token === 'string' && token.length >= 43 && token.length <= 128;

interface Props {
  title: string;
  footer: ReactNode;
  /** The `token` of the link's address, as opened. */
  token: string | undefined;
  /** The form that uses a token that can be one we sent. */
  children: (token: string) => ReactNode;
  /** What a broken link says, and where to get a new one. */
  broken: { text: string; href: string; label: string };
}

/** The page an emailed link opens: its form, or for a broken link what to do instead. */
export function EmailedLinkCard({ title, footer, token, children, broken }: Props) {
  return (
    <AuthCard title={title} footer={footer}>
      {looksLikeToken(token) ? (
        children(token)
      ) : (
        <div className="space-y-3">
          <p>{broken.text}</p>
          <Link href={broken.href} className="btn w-full">
            {broken.label}
          </Link>
        </div>
      )}
    </AuthCard>
  );
}
