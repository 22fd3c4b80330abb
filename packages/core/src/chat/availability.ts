import type { ChatConfig } from '../config/configTypes.js';
import { withinHours } from './hours.js';
import { productPresenceOf } from './productPresence.js';
import { noteRelay, relayKnownDown } from './relayDown.js';
import { relayUrl } from './relayUrl.js';

/** What {@link chatAvailability} found out. */
export interface ChatAvailability {
  /** Live chat can be offered now: a relay or chat product is configured, it is inside `chat.hours`, and an agent is online (as far as the product tells). */
  live: boolean;
  /** Agents online according to the relay's `GET /presence` (0 when it could not be asked). */
  agents: number;
  /** Why live chat is not available: no relay configured, outside hours, nobody online, or the relay did not answer. */
  reason?: 'not-configured' | 'hours' | 'offline' | 'unreachable';
  /** The teams online agents answer for, when the relay says (an older relay does not: then any agent answers for all). */
  teams?: string[];
}

/** Options for {@link chatAvailability}. */
export interface ChatAvailabilityOptions {
  /** Give up on the relay after this long. @default 3000 */
  timeoutMs?: number;
  /** Clock for the opening hours. @default Date.now() */
  now?: number;
  /** Remember an unreachable relay in session storage and skip asking while it backs off. @default true, false with `privacy.storage: 'memory'` */
  remember?: boolean;
}

/**
 * Is there someone to chat with right now (SPEC §5 rule 7)? Checks `chat.hours` in `chat.timeZone`
 * first (no request outside hours), then asks the relay's `GET /presence`, or for a chat product
 * the presence its adapter registered (productPresence.ts). Never rejects: an
 * unreachable relay means "not live", and the visitor can still leave a message. A relay that did
 * not answer is not asked again in this tab until its back-off window ends (see relayDown.ts).
 */
export async function chatAvailability(config: { chat: ChatConfig; privacy?: { storage: string } }, options: ChatAvailabilityOptions = {}): Promise<ChatAvailability> {
  const { chat } = config;
  if (chat.provider === 'none' || (chat.provider === 'relay' && !chat.url)) return { live: false, agents: 0, reason: 'not-configured' };
  if (!withinHours(chat.hours, chat.timeZone, options.now)) return { live: false, agents: 0, reason: 'hours' };
  // A chat product: live inside the hours unless the product itself says nobody is there (Crisp,
  // Tawk.to and LiveChat tell, once their script runs: see the widget's providers/).
  if (chat.provider !== 'relay') return productPresenceOf(config)?.() === false ? { live: false, agents: 0, reason: 'offline' } : { live: true, agents: 0 };
  const remember = options.remember ?? config.privacy?.storage !== 'memory';
  if (remember && relayKnownDown()) return { live: false, agents: 0, reason: 'unreachable' };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.timeoutMs ?? 3000);
  try {
    const response = await fetch(relayUrl(chat.url!, '/presence', 'http'), { signal: abort.signal, credentials: 'omit', cache: 'no-store' });
    const { online, agents, teams } = (await response.json()) as { online?: unknown; agents?: unknown; teams?: unknown };
    const count = typeof agents === 'number' ? agents : 0;
    const named = Array.isArray(teams) ? { teams: teams.filter((team): team is string => typeof team === 'string') } : {};
    if (remember) noteRelay(true);
    return online === true ? { live: true, agents: count, ...named } : { live: false, agents: count, reason: 'offline', ...named };
  } catch {
    if (remember) noteRelay(false);
    return { live: false, agents: 0, reason: 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}
