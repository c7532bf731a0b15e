import type { ReactNode } from 'react';

/** The centred card that holds the sign-in and registration forms. */
export function AuthCard({
  title,
  children,
  footer,
}: {
  title: string;
  children: ReactNode;
  footer: ReactNode;
}) {
  return (
    <main id="main" className="mx-auto mt-12 max-w-md px-4">
      <p className="mb-6 text-center text-xl font-semibold text-brand-800">HealthSync</p>
      <div className="card space-y-6 p-6 shadow-sm">
        <h1>{title}</h1>
        {children}
      </div>
      <p className="mt-4 text-center">{footer}</p>
    </main>
  );
}
