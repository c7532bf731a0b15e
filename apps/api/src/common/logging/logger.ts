import { pino, type DestinationStream, type Logger } from 'pino';

import { currentRequestId } from './request-context';

/**
 * Paths never written to a log: credentials, tokens and anything a patient typed. Request and
 * response bodies are not logged at all; these cover headers and fields passed to the logger by code.
 */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.totpCode',
  '*.secret',
];

/** The process's one structured JSON logger; each line carries the current request id. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'healthsync-api' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}
