/**
 * Set in Heed's store while the chat outbox holds a message the relay has not acknowledged, so a
 * page of the site can deliver it without the visitor opening the chat again. A hint, cheap to read
 * on every page: the outbox itself is the truth.
 */
export const CHAT_PENDING_KEY = 'chat:pending';
