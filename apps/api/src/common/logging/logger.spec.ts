import { Writable } from 'node:stream';

import { pino } from 'pino';

import { createLogger } from './logger';
import { runWithRequestContext } from './request-context';

function capture(): { lines: () => Array<Record<string, unknown>>; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('createLogger', () => {
  it('redacts credentials wherever code passes them', () => {
    const { stream, lines } = capture();
    const logger = createLogger('info', stream);
    logger.info(
      {
        user: { email: 'a@b.test', password: 'hunter2-secret' },
        req: { headers: { authorization: 'Bearer abc', cookie: 'sid=1' } },
      },
      'login',
    );
    const [line] = lines();
    expect(JSON.stringify(line)).not.toMatch(/hunter2|Bearer abc|sid=1/);
    expect(line).toMatchObject({
      user: { password: '[redacted]' },
      req: { headers: { authorization: '[redacted]', cookie: '[redacted]' } },
    });
  });

  it('stamps every line written during a request with its id', () => {
    const { stream, lines } = capture();
    const logger = createLogger('info', stream);
    runWithRequestContext({ requestId: 'req-123456789' }, () => logger.info('inside'));
    logger.info('outside');
    expect(lines().map((line) => line['requestId'])).toEqual(['req-123456789', undefined]);
  });

  it('writes JSON with an ISO time and the service name', () => {
    const { stream, lines } = capture();
    createLogger('info', stream).warn('hello');
    expect(lines()[0]).toMatchObject({
      level: pino.levels.values['warn'],
      service: 'healthsync-api',
      msg: 'hello',
    });
    expect(String(lines()[0]?.['time'])).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
