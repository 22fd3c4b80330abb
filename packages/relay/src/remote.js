// What this instance does when another instance says something changed (bus/busTypes.d.ts):
// it reads the rows itself and tells its own sockets.

import { publishConversation, sendConversations } from './conversations.js';
import { remoteRequest, sendRequests } from './requests.js';

/**
 * @param {import('./visitorFrames.js').FrameContext} ctx
 * @param {import('./bus/busTypes.js').BusMessage} m
 * @param {(line: string) => void} logError
 */
export function onBusMessage(ctx, m, logError) {
  handle(ctx, m).catch((err) => logError(`fan-out event ${m.k} failed: ${err instanceof Error ? err.stack : String(err)}`));
}

/**
 * @param {import('./visitorFrames.js').FrameContext} ctx
 * @param {import('./bus/busTypes.js').BusMessage} m
 */
async function handle(ctx, m) {
  const { hub } = ctx;
  switch (m.k) {
    case 'm':
      return ctx.delivery.remote(m.c, m.s);
    case 'c':
      return publishConversation(ctx, m.c);
    case 'r':
      return remoteRequest(ctx, m.r);
    case 't':
      if (m.to === 'a') return hub.toAgents({ type: 'typing', conversationId: m.c, on: m.on });
      return hub.toVisitors(m.c, { type: 'typing', on: m.on });
    case 'p':
      return ctx.presence.refresh();
    case 'resync': {
      // NOTIFY does not wait for an absent listener: read what changed meanwhile.
      await ctx.delivery.catchUp(m.since);
      await ctx.presence.refresh();
      await Promise.all([...hub.agents].map(async (a) => {
        await sendConversations(ctx, a);
        await sendRequests(ctx, a);
      }));
      return;
    }
    default:
      return;
  }
}
