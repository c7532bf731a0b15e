'use client';

import Link from 'next/link';
import { useActionState } from 'react';

import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import { type SignInState, signIn } from '@/lib/actions/auth';
import { fieldFrom } from '@/lib/problem';

const CODE_PATTERN = '[0-9]{6}';

function PasswordStep({ state }: { state: SignInState }) {
  return (
    <>
      <FormField {...fieldFrom(state, 'email')} label="Email" type="email" autoComplete="email" required />
      <FormField
        {...fieldFrom(state, 'password', { keepValue: false })}
        label="Password"
        type="password"
        autoComplete="current-password"
        required
      />
      <p className="text-right text-sm">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </>
  );
}

function CodeField({ state, hint }: { state: SignInState; hint: string }) {
  return (
    <FormField
      {...fieldFrom(state, 'code', { keepValue: false })}
      label="6-digit code"
      hint={hint}
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern={CODE_PATTERN}
      maxLength={6}
      autoFocus
    />
  );
}

function TotpStep({ state }: { state: SignInState }) {
  return (
    <>
      <p>Your account uses two-factor sign-in.</p>
      <CodeField state={state} hint="From your authenticator app." />
      <details>
        <summary className="cursor-pointer">Use a recovery code instead</summary>
        <div className="mt-2">
          <FormField
            {...fieldFrom(state, 'recoveryCode', { keepValue: false })}
            label="Recovery code"
            hint="One of the codes you kept when you turned two-factor sign-in on, like abcde-12345."
            autoComplete="off"
          />
        </div>
      </details>
    </>
  );
}

function EnrolStep({ state }: { state: SignInState }) {
  const setup = state.setup;
  return (
    <>
      <p>
        Your role must use two-factor sign-in. Add HealthSync to an authenticator app, then enter its code.
      </p>
      {setup && (
        <div className="space-y-2 rounded-md border border-slate-300 bg-slate-50 p-3">
          <p>
            On this phone: <a href={setup.otpauthUrl}>open in your authenticator app</a>.
          </p>
          <p>Or type this key into the app:</p>
          <p className="font-mono text-lg" data-testid="totp-secret">
            {setup.secret.match(/.{1,4}/g)?.join(' ')}
          </p>
          <p className="text-sm break-all text-slate-700">
            Setup link: <code>{setup.otpauthUrl}</code>
          </p>
        </div>
      )}
      <CodeField state={state} hint="The code the app shows now." />
    </>
  );
}

function RecoveryCodesStep({ state }: { state: SignInState }) {
  return (
    <div className="space-y-4">
      <p role="status" className="font-medium">
        Two-factor sign-in is on. Keep these recovery codes somewhere safe: each signs you in once if you lose
        your phone. They are shown only now.
      </p>
      <ul className="grid grid-cols-2 gap-2 font-mono" aria-label="Recovery codes">
        {state.recoveryCodes?.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <Link href={state.home ?? '/'} className="btn w-full">
        I have kept them, continue
      </Link>
    </div>
  );
}

const SUBMIT_LABELS = { password: 'Sign in', totp: 'Verify and sign in', enrol: 'Turn on and sign in' };

export function LoginForm() {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
  const step = state.step ?? 'password';
  if (step === 'recovery-codes') return <RecoveryCodesStep state={state} />;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormAlert message={state.formError} />
      <input type="hidden" name="step" value={step} />
      {step !== 'password' && (
        <input type="hidden" name="challengeToken" value={state.challengeToken ?? ''} />
      )}
      {step !== 'password' && <input type="hidden" name="email" value={state.values?.['email'] ?? ''} />}
      {step === 'password' && <PasswordStep state={state} />}
      {step === 'totp' && <TotpStep state={state} />}
      {step === 'enrol' && <EnrolStep state={state} />}
      <button type="submit" className="btn w-full" disabled={pending}>
        {SUBMIT_LABELS[step]}
      </button>
      {step !== 'password' && (
        <p className="text-center text-sm">
          {/* A full load: the same route with a client navigation would keep the step. */}
          <a href="/login">Start again</a>
        </p>
      )}
    </form>
  );
}
