'use client';

import { useRouter } from 'next/navigation';

import type { LiveEventName } from '@healthsync/contracts/notifications/live-events';

import { useLiveEvents } from '@/lib/live-events';

/**
 * Re-renders the server-rendered page (no reload, no lost scroll) whenever one of these live events
 * arrives. Renders nothing visible except, for screen readers, that the page updates itself.
 */
export function LiveRefresh({ on, label }: { on: LiveEventName; label: string }) {
  const router = useRouter();
  const connected = useLiveEvents({ [on]: () => router.refresh() });
  return (
    <p className="live-indicator" data-live={connected}>
      <span aria-hidden="true" className="live-dot" />
      {connected ? `${label} update live` : `${label}: connecting for live updates…`}
    </p>
  );
}
