import { jsonDepthExceeds } from './json-depth';

const nested = (depth: number): unknown => (depth === 0 ? 1 : [nested(depth - 1)]);

describe('jsonDepthExceeds', () => {
  it('measures objects and arrays alike', () => {
    expect(jsonDepthExceeds({ a: { b: [1] } }, 3)).toBe(false);
    expect(jsonDepthExceeds({ a: { b: [{ c: 1 }] } }, 3)).toBe(true);
    expect(jsonDepthExceeds('text', 0)).toBe(false);
  });

  it('handles a body far deeper than the call stack without recursion', () => {
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(jsonDepthExceeds(deep, 32)).toBe(true);
    expect(jsonDepthExceeds(nested(32), 32)).toBe(false);
  });
});
