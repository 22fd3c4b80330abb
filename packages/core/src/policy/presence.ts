import { chatAvailability } from '../chat/availability.js';
import type { ResolvedConfig } from '../config/configTypes.js';

/** How long an answer about who is online holds. */
const PRESENCE_TTL_MS = 30_000;
/** How long a decision waits for that answer. */
const PRESENCE_WAIT_MS = 80;

/**
 * Whether live chat can be offered right now. Who is online is asked as the policy starts (first
 * need, usually long before high) and again once the answer is PRESENCE_TTL_MS old. A decision
 * waits at most PRESENCE_WAIT_MS for it: a slow relay turns the offer into a nudge rather than
 * holding it back (offer latency budget: ≤ 100 ms).
 */
export function createPresence(config: ResolvedConfig): () => Promise<boolean> {
  let presence: { at: number; live: Promise<boolean> } | undefined;
  const ask = (): Promise<boolean> => {
    // A chat product's own word costs no request and may come after the policy started: read it each time.
    if (config.chat.provider !== 'relay') return chatAvailability(config).then((found) => found.live);
    if (!presence || Date.now() - presence.at > PRESENCE_TTL_MS) presence = { at: Date.now(), live: chatAvailability(config).then((found) => found.live) };
    return presence.live;
  };
  if (config.chat.provider !== 'none') void ask();
  return () => Promise.race([ask(), new Promise<boolean>((done) => setTimeout(done, PRESENCE_WAIT_MS, false))]);
}
