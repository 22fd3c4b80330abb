// The reply box: sending a reply (kept as pending until its ack) and the agent's typing state.

import { ui } from './dom.js';
import { newId, send, state } from './state.js';
import { renderThread } from './thread.js';

export function stopAgentTyping() {
  if (state.agentTypingTimer) clearTimeout(state.agentTypingTimer);
  state.agentTypingTimer = null;
  if (state.agentTyping && state.selected) send({ type: 'typing', conversationId: state.selected, on: false });
  state.agentTyping = false;
}

export function submitReply() {
  const id = state.selected;
  const text = ui.reply.value;
  if (!id || text.trim() === '') return;
  stopAgentTyping();
  const msgId = newId();
  const thread = state.threads.get(id) ?? { messages: [], lastSeq: 0 };
  state.threads.set(id, thread);
  thread.messages.push({ id: msgId, seq: null, from: 'agent', text, at: Date.now(), state: 'sending' });
  state.pending.set(msgId, { conversationId: id, text });
  send({ type: 'message', conversationId: id, id: msgId, text });
  ui.reply.value = '';
  ui.replyError.textContent = '';
  renderThread();
}

/** Enter sends, Shift+Enter adds a line; typing is announced while the agent types. */
export function wireReply() {
  ui.replyForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    submitReply();
  });

  ui.reply.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing) {
      ev.preventDefault();
      submitReply();
    }
  });

  ui.reply.addEventListener('input', () => {
    if (!state.selected) return;
    if (ui.reply.value === '') return stopAgentTyping();
    if (!state.agentTyping) {
      state.agentTyping = true;
      send({ type: 'typing', conversationId: state.selected, on: true });
    }
    if (state.agentTypingTimer) clearTimeout(state.agentTypingTimer);
    state.agentTypingTimer = setTimeout(stopAgentTyping, 3000);
  });

}
