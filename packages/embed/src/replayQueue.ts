import type { Heed } from '@heed/core';

/**
 * Replays calls queued on `window.heed` before the script loaded (`['on', 'offer', fn]`) in order.
 * A bad entry is reported and skipped; it never stops the ones after it.
 */
export function replayQueue(api: Heed, queue: unknown[], report: (code: string, message: string) => void): void {
  for (const call of queue) {
    const [method, ...args] = Array.isArray(call) ? call : [call];
    const member = (api as unknown as Record<string, unknown>)[method];
    try {
      if (typeof member !== 'function' || method === 'destroy') throw new Error('unknown call');
      member(...args);
    } catch (error) {
      report('queue', `queued call ${JSON.stringify(call)} failed: ${(error as Error).message}`);
    }
  }
}
