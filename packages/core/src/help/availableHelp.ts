import type { ResolvedConfig } from '../config/configTypes.js';

/** What help this site has set up: an offer may only lead to something that exists. */
export interface AvailableHelp {
  /** Config articles to read. */
  articles: boolean;
  /** A chat provider (live, or "leave a message" when nobody is there). */
  chat: boolean;
  /** Expert teams with at least one channel that can be used: chat (needs a chat provider), email, booking link. */
  experts: boolean;
  /** Any of the above. */
  any: boolean;
}

/**
 * Reads what exists from the config alone (no request). An expert whose only channel is chat
 * counts only when chat is configured; a callback needs somewhere to send it (chat's relay).
 */
export function availableHelp(config: ResolvedConfig): AvailableHelp {
  const chat = config.chat.provider !== 'none';
  const articles = config.articles.length > 0;
  const experts = config.experts.some((expert) =>
    expert.channels.some((channel) =>
      channel === 'email' ? !!expert.email : channel === 'booking' ? !!expert.bookingUrl : chat,
    ),
  );
  return { articles, chat, experts, any: articles || chat || experts };
}
