// What the console knows: conversations, threads, pending replies, and the socket it sends on.

/**
 * @typedef {import('../src/shared/frames.js').ConversationItem} Conversation
 * @typedef {{ id: string, seq: number | null, from: 'visitor' | 'agent', text: string, at: number,
 *   state?: 'sending' | 'failed' }} Message
 * @typedef {{ messages: Message[], lastSeq: number }} Thread
 */

export const TOKEN_KEY = 'heed-relay-token';
export const ONLINE_KEY = 'heed-relay-online';
export const TEAMS_KEY = 'heed-relay-teams';

/**
 * The presence frame for the Online switch and the teams this agent answers (none: all).
 * @param {boolean} online
 * @param {string} teams  comma-separated, as typed
 * @returns {import('../src/shared/frames.js').AgentClientFrame}
 */
export function presenceFrame(online, teams) {
  const names = teams.split(',').map((name) => name.trim()).filter(Boolean);
  return names.length ? { type: 'presence', online, teams: names } : { type: 'presence', online };
}

/** @type {{ token: string | null, agentName: string | null, signedIn: boolean, ws: WebSocket | null, connected: boolean, retry: number,
 *   retryTimer: ReturnType<typeof setTimeout> | null, conversations: Map<string, Conversation>,
 *   threads: Map<string, Thread>, selected: string | null, typing: Set<string>,
 *   pending: Map<string, { conversationId: string, text: string }>, agentTyping: boolean,
 *   agentTypingTimer: ReturnType<typeof setTimeout> | null,
 *   requests: Map<string, import('../src/shared/frames.js').RequestItem>, team: string }} */
export const state = {
  token: null,
  // Signed in with an account (a session cookie the page cannot read), and its name.
  agentName: null,
  signedIn: false,
  ws: null,
  connected: false,
  retry: 0,
  retryTimer: null,
  conversations: new Map(),
  threads: new Map(),
  selected: null,
  typing: new Set(),
  pending: new Map(),
  agentTyping: false,
  agentTypingTimer: null,
  requests: new Map(),
  // The team filter: '' for all teams.
  team: '',
};

/**
 * Whether a chat or request is shown under the team filter.
 * @param {{ team?: string | null }} item
 */
export const shownForTeam = (item) => !state.team || item.team === state.team;


export function newId() {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/**
 * Sends a frame if the socket is open; false when it is not (the frame is dropped: everything
 * the console sends is sent again on reconnect or is not worth keeping).
 * @param {import('../src/shared/frames.js').AgentClientFrame} frame
 */
export function send(frame) {
  if (state.ws && state.ws.readyState === WebSocket.OPEN) {
    state.ws.send(JSON.stringify(frame));
    return true;
  }
  return false;
}
