import { canonicalJson, chainHash } from './hash-chain';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });
  it('writes dates as ISO strings and keeps null', () => {
    expect(canonicalJson({ at: new Date('2026-03-29T01:00:00.000Z'), none: null })).toBe(
      '{"at":"2026-03-29T01:00:00.000Z","none":null}',
    );
  });
});

describe('chainHash', () => {
  const entry = {
    stream: 'audit',
    sequence: 2,
    recordedAt: new Date('2026-11-25T10:00:00.000Z'),
    previousHash: 'a'.repeat(64),
    body: { action: 'read', actorId: 'u1' },
  };

  it('is stable whatever the key order of the body', () => {
    expect(chainHash(entry)).toBe(chainHash({ ...entry, body: { actorId: 'u1', action: 'read' } }));
    expect(chainHash(entry)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['body', { body: { action: 'write', actorId: 'u1' } }],
    ['previous hash', { previousHash: 'b'.repeat(64) }],
    ['sequence', { sequence: 3 }],
    ['time', { recordedAt: new Date('2026-11-25T10:00:00.001Z') }],
    ['stream', { stream: 'other' }],
  ])('changes when the %s changes', (_, change) => {
    expect(chainHash({ ...entry, ...change })).not.toBe(chainHash(entry));
  });
});
