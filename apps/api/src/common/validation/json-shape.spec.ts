import { JSON_BODY_LIMITS } from '@healthsync/contracts/common';

import { jsonShapeViolation } from './json-shape';

const nested = (depth: number): unknown => (depth === 0 ? 1 : [nested(depth - 1)]);
const withKeys = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]));

describe('jsonShapeViolation', () => {
  it('accepts ordinary bodies and scalars', () => {
    expect(jsonShapeViolation({ a: { b: [1, 'two', null, true] } })).toBeUndefined();
    expect(jsonShapeViolation('text')).toBeUndefined();
    expect(jsonShapeViolation(undefined)).toBeUndefined();
  });

  it('measures objects and arrays alike for depth', () => {
    const limits = { ...JSON_BODY_LIMITS, maxDepth: 3 };
    expect(jsonShapeViolation({ a: { b: [1] } }, limits)).toBeUndefined();
    expect(jsonShapeViolation({ a: { b: [{ c: 1 }] } }, limits)).toMatch(/more than 3 levels/);
  });

  it('handles a body far deeper than the call stack without recursion', () => {
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(jsonShapeViolation(deep)).toMatch(/levels deep/);
    expect(jsonShapeViolation(nested(32))).toBeUndefined();
  });

  it('refuses an object with more properties than allowed, at any depth', () => {
    expect(jsonShapeViolation(withKeys(JSON_BODY_LIMITS.maxProperties))).toBeUndefined();
    expect(jsonShapeViolation(withKeys(JSON_BODY_LIMITS.maxProperties + 1))).toMatch(
      /more than 100 properties/,
    );
    expect(jsonShapeViolation({ a: [{ b: withKeys(40_000) }] })).toMatch(/properties/);
  });

  it('refuses an array with more items than allowed', () => {
    expect(jsonShapeViolation({ list: new Array(JSON_BODY_LIMITS.maxArrayItems).fill(0) })).toBeUndefined();
    expect(jsonShapeViolation({ list: new Array(40_000).fill(0) })).toMatch(/more than 1000 items/);
  });

  it('refuses many small objects that are each within the limits', () => {
    const many = Array.from({ length: 900 }, () => withKeys(30));
    expect(jsonShapeViolation({ many })).toMatch(/more than 10000 values/);
  });
});
