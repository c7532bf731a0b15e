import type { BlockList } from 'node:net';

export function parseTrustedProxies(value: string | undefined, variable?: string): BlockList;
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusted: BlockList,
): string;
