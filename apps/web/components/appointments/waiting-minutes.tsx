'use client';

import { useEffect, useState } from 'react';

const TICK_MS = 10_000;

/**
 * A wait in minutes that keeps counting in the browser from the server's figure. Give it a key that
 * changes with `minutes`, so a fresh server render starts it again from the new figure.
 */
export function WaitingMinutes({ minutes }: { minutes: number }) {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const start = Date.now();
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - start) / 60_000)), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return <>{minutes + elapsed} min</>;
}
