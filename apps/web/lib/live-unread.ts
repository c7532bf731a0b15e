'use client';

import { useEffect, useRef, useSyncExternalStore } from 'react';

/**
 * The unread count this tab knows, kept across client-side navigation. Layouts come from the
 * router cache (prefetched, possibly before the latest notification), so a freshly mounted bell
 * trusts this count over its server prop; a server prop that changes while mounted (a refresh)
 * is newer and replaces it.
 */
let known: number | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceUnread(unread: number): void {
  known = Math.max(0, unread);
  for (const listener of listeners) listener();
}

export function countOneMoreUnread(): void {
  announceUnread((known ?? 0) + 1);
}

export function useUnreadCount(serverCount: number | null): number {
  const mounted = useRef(false);
  useEffect(() => {
    const first = !mounted.current;
    mounted.current = true;
    if (serverCount !== null && (!first || known === null)) announceUnread(serverCount);
  }, [serverCount]);
  return useSyncExternalStore(
    subscribe,
    () => known ?? serverCount ?? 0,
    () => serverCount ?? 0,
  );
}
