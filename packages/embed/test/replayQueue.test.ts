import { describe, expect, it } from 'vitest';
import { createHeed } from '@heed/core';
import { replayQueue } from '../src/replayQueue';

describe('replayQueue', () => {
  it('replays calls in order and keeps going past bad entries', async () => {
    const heed = createHeed({});
    const seen: string[] = [];
    const problems: string[] = [];
    replayQueue(
      heed,
      [
        ['on', 'signal', (s: { type: string }) => seen.push(`a:${s.type}`)],
        'not an array',
        ['signal', 'custom:first'],
        ['nope'],
        ['destroy'],
        ['on', 'signal', (s: { type: string }) => seen.push(`b:${s.type}`)],
        ['signal', 'custom:second'],
      ],
      (code, message) => problems.push(`${code}: ${message}`),
    );
    await heed.ready;
    expect(problems).toEqual(['queue: queued call "not an array" failed: unknown call', 'queue: queued call ["nope"] failed: unknown call', 'queue: queued call ["destroy"] failed: unknown call']);
    // Outside a browser signals still reach subscribers: nothing is lost.
    await Promise.resolve();
    expect(seen).toEqual(['a:custom:first', 'b:custom:first', 'a:custom:second', 'b:custom:second']);
  });
});
