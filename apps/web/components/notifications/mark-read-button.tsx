'use client';

import { useFormStatus } from 'react-dom';

import { markAllReadAction, markReadAction, type UnreadAfter } from '@/lib/actions/notifications';
import { announceUnread } from '@/lib/live-unread';

/**
 * Runs the action and tells the header's bell the count it answered. The announcement does not
 * depend on this button still being on the page: marking the last one read removes it.
 */
function announcing(run: (form: FormData) => Promise<UnreadAfter>) {
  return async (form: FormData) => {
    const unread = await run(form);
    if (unread !== null) announceUnread(unread);
  };
}

function SubmitButton({
  className,
  label,
  children,
}: {
  className: string;
  label?: string;
  children: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-label={label}>
      {children}
    </button>
  );
}

export function MarkReadButton({ id, title }: { id: string; title: string }) {
  return (
    <form action={announcing(markReadAction)}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton className="btn-secondary py-1" label={`Mark “${title}” read`}>
        Mark read
      </SubmitButton>
    </form>
  );
}

export function MarkAllReadButton() {
  return (
    <form action={announcing(markAllReadAction)}>
      <SubmitButton className="btn-secondary">Mark all read</SubmitButton>
    </form>
  );
}
