// What the console does with each frame from the relay (PROTOCOL.md, "Agent frames"): one
// handler per frame type.

import { announce, pageLabel, showWorkspace, ui } from './dom.js';
import { renderList } from './list.js';
import { renderRequests, renderTeams } from './requests.js';
import { send, state } from './state.js';
import { addMessage, bySeq, renderContext, renderThread, renderTyping } from './thread.js';

/** @typedef {import('../src/shared/frames.js').AgentServerFrame} AgentServerFrame */
/**
 * @template {AgentServerFrame['type']} T
 * @typedef {Extract<AgentServerFrame, { type: T }>} FrameOf
 */

/** @param {FrameOf<'conversations'>} frame */
function conversations(frame) {
  state.retry = 0;
  state.conversations = new Map(frame.items.map((c) => [c.id, c]));
  showWorkspace(state.agentName);
  renderTeams();
  renderList();
  if (state.selected && state.conversations.has(state.selected)) {
    const thread = state.threads.get(state.selected);
    send({ type: 'open', conversationId: state.selected, lastSeq: thread ? thread.lastSeq : 0 });
  }
  // Messages typed while offline: the relay drops duplicates by id.
  for (const [id, p] of state.pending) send({ type: 'message', conversationId: p.conversationId, id, text: p.text });
}

/** @param {FrameOf<'conversation'>} frame */
function conversation({ item: c }) {
  const isNew = !state.conversations.has(c.id);
  state.conversations.set(c.id, c);
  renderTeams();
  renderList();
  if (isNew) announce(`New conversation on ${pageLabel(c)}`);
  if (c.id === state.selected) renderContext();
}

/** @param {FrameOf<'thread'>} frame */
function thread(frame) {
  const id = frame.conversationId;
  state.conversations.set(id, frame.conversation);
  const known = state.threads.get(id) ?? { messages: [], lastSeq: 0 };
  for (const m of frame.messages) addMessage(known, m);
  state.threads.set(id, known);
  renderList();
  if (id === state.selected) renderThread();
}

/** @param {FrameOf<'message'>} frame */
function message(frame) {
  const id = frame.conversationId;
  const known = state.threads.get(id);
  if (known) addMessage(known, frame);
  if (id === state.selected) {
    renderThread();
    if (frame.from === 'visitor' && document.visibilityState === 'visible') {
      send({ type: 'read', conversationId: id, seq: frame.seq });
    }
  }
  if (frame.from === 'visitor') {
    state.typing.delete(id);
    renderTyping();
    const c = state.conversations.get(id);
    announce(`New message from visitor${c ? ` on ${pageLabel(c)}` : ''}: ${frame.text}`);
  }
}

/** @param {FrameOf<'ack'>} frame */
function ack(frame) {
  state.pending.delete(frame.id);
  const known = state.threads.get(frame.conversationId);
  const m = known?.messages.find((x) => x.id === frame.id);
  if (!known || !m) return;
  m.seq = frame.seq;
  m.at = frame.at;
  delete m.state;
  known.lastSeq = Math.max(known.lastSeq, frame.seq);
  known.messages.sort(bySeq);
  if (frame.conversationId === state.selected) renderThread();
}

/** @param {FrameOf<'typing'>} frame */
function typing(frame) {
  if (frame.on) state.typing.add(frame.conversationId);
  else state.typing.delete(frame.conversationId);
  renderTyping();
  renderList();
}

/** @param {FrameOf<'presence'>} frame */
function presence(frame) {
  ui.presenceSummary.textContent = frame.online
    ? `Visitors see: available (${frame.agents} ${frame.agents === 1 ? 'agent' : 'agents'} online${frame.teams ? `; teams: ${frame.teams.join(', ')}` : ''})`
    : 'Visitors see: away (they can leave a message)';
}

/** @param {FrameOf<'requests'>} frame */
function requests(frame) {
  state.requests = new Map(frame.items.map((r) => [r.id, r]));
  renderTeams();
  renderRequests();
}

/** @param {FrameOf<'request'>} frame */
function request({ item }) {
  const isNew = !state.requests.has(item.id);
  state.requests.set(item.id, item);
  renderTeams();
  renderRequests();
  if (isNew) announce(`New ${item.kind === 'callback' ? 'callback' : 'email'} request for ${item.team} from ${item.name}`);
}

/** @param {FrameOf<'error'>} frame */
function error(frame) {
  if (frame.code === 'unauthorized') return; // the close (4401) that follows handles it
  if (frame.id && state.pending.has(frame.id)) {
    const p = state.pending.get(frame.id);
    state.pending.delete(frame.id);
    const m = p && state.threads.get(p.conversationId)?.messages.find((x) => x.id === frame.id);
    if (m) m.state = 'failed';
    renderThread();
  }
  ui.replyError.textContent = `Relay error (${frame.code}): ${frame.message}`;
}

/** @type {{ [T in AgentServerFrame['type']]?: (frame: FrameOf<T>) => void }} */
const handlers = { conversations, conversation, thread, message, ack, typing, presence, requests, request, error };

/**
 * Frames of a type the console does not know are ignored (a newer relay may send more).
 * @param {AgentServerFrame} frame
 */
export function handle(frame) {
  const handler = /** @type {((frame: AgentServerFrame) => void) | undefined} */ (handlers[frame.type]);
  handler?.(frame);
}
