import type { PanelView } from '@heed/core';
import type { HeedInternals } from '@heed/core/internal';
import { mailtoHref, safeHref } from './safeHref.js';

export interface ExpertViewProps {
  internals: HeedInternals;
  onNavigate(view: PanelView): void;
}

/**
 * The expert teams of this site, each with the ways to reach it that work here: email, a booking
 * link, or the chat (when the site has one). A team with none of them is left out: it would be a
 * name without a next step.
 */
export function ExpertView({ internals, onNavigate }: ExpertViewProps) {
  const { experts, chat } = internals.config();
  const hasChat = chat.provider !== 'none';
  const reachable = experts
    .map((expert) => ({
      expert,
      email: expert.channels.includes('email') ? mailtoHref(expert.email) : undefined,
      booking: expert.channels.includes('booking') ? safeHref(expert.bookingUrl) : undefined,
      chat: hasChat && expert.channels.some((channel) => channel === 'chat' || channel === 'callback'),
    }))
    .filter((way) => way.email || way.booking || way.chat);
  if (!reachable.length) return <p class="muted">Sorry, our experts cannot be reached online at the moment.</p>;
  return (
    <ul>
      {reachable.map(({ expert, email, booking, chat: viaChat }) => (
        <li key={expert.name}>
          {expert.name} <span class="muted">({expert.topic})</span>
          <div class="row">
            {email && <a href={email}>Email {expert.name}</a>}
            {booking && (
              <a href={booking} target="_blank" rel="noopener">
                Book a call
              </a>
            )}
            {viaChat && (
              <button type="button" class="action secondary" onClick={() => onNavigate('chat')}>
                Ask in chat
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
