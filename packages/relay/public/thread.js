// The open conversation: its messages in seq order, the shared context and the typing line.

import { span, timeEl, pageLabel, ui } from './dom.js';
import { state } from './state.js';

/** @typedef {import('./state.js').Message} Message */
/** @typedef {import('./state.js').Thread} Thread */

/**
 * @param {Message} a
 * @param {Message} b
 */
export function bySeq(a, b) {
  return (a.seq ?? Infinity) - (b.seq ?? Infinity);
}

/**
 * @param {Thread} thread
 * @param {Message} m
 */
export function addMessage(thread, m) {
  const existing = thread.messages.find((x) => x.id === m.id && x.from === m.from);
  if (existing) {
    existing.seq = m.seq;
    delete existing.state;
  } else {
    thread.messages.push({ id: m.id, seq: m.seq, from: m.from, text: m.text, at: m.at });
  }
  if (m.seq) thread.lastSeq = Math.max(thread.lastSeq, m.seq);
  thread.messages.sort(bySeq);
}


export function renderContext() {
  const c = state.selected ? state.conversations.get(state.selected) : undefined;
  if (!c) {
    ui.threadTitle.textContent = 'No conversation selected';
    ui.context.hidden = true;
    return;
  }
  ui.threadTitle.textContent = `Conversation on ${pageLabel(c)}`;
  /** @type {HTMLElement[]} */
  const rows = [];
  /**
   * @param {string} label
   * @param {Node | string} value
   */
  const row = (label, value) => {
    const dd = document.createElement('dd');
    dd.append(value);
    rows.push(span('dt', '', label), dd);
  };
  if (c.page) {
    let node = /** @type {Node | string} */ (c.page);
    if (/^https?:\/\//i.test(c.page)) {
      const a = document.createElement('a');
      a.href = c.page;
      a.textContent = c.page;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      node = a;
    }
    row('Page', node);
  }
  if (c.title) row('Title', c.title);
  if (c.team) row('Team', c.team);
  if (c.topic) row('Topic', c.topic);
  row('Shared summary', c.summary ?? 'None shared');
  row('Visitor', c.visitorOnline ? 'On the site now' : 'Away (replies wait for their return)');
  ui.context.replaceChildren(...rows);
  ui.context.hidden = false;
}

export function renderThread() {
  renderContext();
  const id = state.selected;
  const thread = id ? state.threads.get(id) : undefined;
  const nearBottom = ui.messages.scrollHeight - ui.messages.scrollTop - ui.messages.clientHeight < 60;
  ui.messages.replaceChildren(
    ...(thread?.messages ?? []).map((m) => {
      const li = document.createElement('li');
      li.className = `msg from-${m.from}${m.state === 'failed' ? ' failed' : ''}`;
      li.dataset.seq = m.seq === null ? '' : String(m.seq);
      li.append(span('span', 'who', m.from === 'agent' ? 'You' : 'Visitor'), timeEl(m.at));
      if (m.state) li.append(' ', span('span', 'state', m.state === 'failed' ? 'not sent' : 'sending…'));
      li.append(span('p', 'text', m.text));
      return li;
    }),
  );
  if (nearBottom || thread?.messages.at(-1)?.from === 'agent') ui.messages.scrollTop = ui.messages.scrollHeight;
  renderTyping();
}

export function renderTyping() {
  ui.typing.textContent = state.selected && state.typing.has(state.selected) ? 'Visitor is typing…' : '';
}
