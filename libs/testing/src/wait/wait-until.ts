/**
 * Waits for an event rather than for time: polls `probe` until it returns a truthy value (which it
 * resolves to) or the timeout passes. A probe that throws counts as "not yet" — the error is kept as
 * the last value seen. On timeout the error names what was awaited and the last value seen, so a
 * failure says what did not happen instead of "timeout".
 */
export interface WaitUntilOptions {
  /** Generous by default: a slow, shared CI machine must not fail a correct test. */
  timeoutMs?: number;
  intervalMs?: number;
  /** What is awaited, as a phrase: "the booking email to the patient". */
  description?: string;
}

export interface WaitUntilProbeOptions extends WaitUntilOptions {
  /** A probe error for which waiting longer is pointless (the process exited): rethrown at once. */
  abortOn?: (error: unknown) => boolean;
}

/** What a probe resolves to once it is satisfied: its value without the falsy "not yet" cases. */
export type Satisfied<T> = Exclude<T, false | 0 | '' | null | undefined>;

export const WAIT_UNTIL_DEFAULT_TIMEOUT_MS = 20_000;
export const WAIT_UNTIL_DEFAULT_INTERVAL_MS = 50;

export class WaitTimeoutError extends Error {
  constructor(
    readonly description: string,
    readonly timeoutMs: number,
    readonly lastSeen: unknown,
  ) {
    super(
      `timed out after ${timeoutMs} ms waiting for ${description}; last value seen: ${describe(lastSeen)}`,
    );
    this.name = 'WaitTimeoutError';
  }
}

export async function waitUntil<T>(
  probe: () => T | Promise<T>,
  options: WaitUntilProbeOptions = {},
): Promise<Satisfied<T>> {
  const {
    timeoutMs = WAIT_UNTIL_DEFAULT_TIMEOUT_MS,
    intervalMs = WAIT_UNTIL_DEFAULT_INTERVAL_MS,
    description = 'the condition',
    abortOn = () => false,
  } = options;
  const deadline = Date.now() + timeoutMs;
  let lastSeen: unknown = undefined;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as Satisfied<T>;
      lastSeen = value;
    } catch (error) {
      if (abortOn(error)) throw error;
      lastSeen = error;
    }
    if (Date.now() >= deadline) throw new WaitTimeoutError(description, timeoutMs, lastSeen);
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(intervalMs, Math.max(0, deadline - Date.now()))),
    );
  }
}

/**
 * Resolves with the first `event` an emitter (a Socket.io client, an EventEmitter) delivers whose
 * payload passes `accept`; rejects naming the event if none arrives within the timeout.
 */
export function waitForEvent<T>(
  emitter: {
    on(event: string, listener: (payload: T) => void): unknown;
    off(event: string, listener: (payload: T) => void): unknown;
  },
  event: string,
  options: WaitUntilOptions & { accept?: (payload: T) => boolean } = {},
): Promise<T> {
  const {
    timeoutMs = WAIT_UNTIL_DEFAULT_TIMEOUT_MS,
    description = `the "${event}" event`,
    accept = () => true,
  } = options;
  let lastSeen: unknown = undefined;
  return new Promise<T>((resolve, reject) => {
    const listener = (payload: T) => {
      lastSeen = payload;
      if (!accept(payload)) return;
      clearTimeout(timer);
      emitter.off(event, listener);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      emitter.off(event, listener);
      reject(new WaitTimeoutError(description, timeoutMs, lastSeen));
    }, timeoutMs);
    emitter.on(event, listener);
  });
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value === undefined) return 'undefined';
  try {
    const text = JSON.stringify(value);
    return text.length > 500 ? `${text.slice(0, 500)}…` : text;
  } catch {
    return String(value);
  }
}
