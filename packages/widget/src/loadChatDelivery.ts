/**
 * Loads the chat client alone (no Preact, no panel) to deliver a message left in the outbox. Its
 * own module so that the script-tag build can point the import at a chunk next to `heed.js`.
 */
export const loadChatDelivery = () => import('./chat/deliverPending.js');
