import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';

import { CommonErrorCode, PROBLEM_CONTENT_TYPE } from '@healthsync/contracts/common';

import { problemBody } from './problem-details.filter';

/**
 * Requests Node's HTTP parser rejects before Express sees them (oversized headers, broken
 * request lines) still get a problem+json answer with a request id, not an empty 400.
 */
export function answerClientErrorsAsProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const requestId = randomUUID();
    const body = JSON.stringify(
      problemBody(
        {
          status,
          code: tooLarge ? CommonErrorCode.HeadersTooLarge : CommonErrorCode.MalformedRequest,
          detail: tooLarge ? 'The request headers are too large.' : 'The request is not valid HTTP.',
        },
        '',
        requestId,
      ),
    );
    socket.end(
      [
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
        `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
        `Content-Length: ${Buffer.byteLength(body)}`,
        `X-Request-Id: ${requestId}`,
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}
