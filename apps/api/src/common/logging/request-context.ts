import { AsyncLocalStorage } from 'node:async_hooks';

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `next` with the request id visible to every log line written while handling the request. */
export function runWithRequestContext(context: RequestContext, next: () => void): void {
  storage.run(context, next);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
