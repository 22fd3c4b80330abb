// The conversation list: one button per conversation, arrow-key navigation, selecting one.

import { span, timeEl, pageLabel, ui } from './dom.js';
import { stopAgentTyping } from './reply.js';
import { send, shownForTeam, state } from './state.js';
import { renderThread } from './thread.js';

export function renderList() {
  const items = [...state.conversations.values()].filter(shownForTeam).sort((a, b) => b.updatedAt - a.updatedAt);
  ui.noConversations.hidden = items.length > 0;
  const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.conversationId : undefined;
  /** @type {Map<string, HTMLLIElement>} */
  const existing = new Map();
  for (const li of /** @type {HTMLCollectionOf<HTMLLIElement>} */ (ui.list.children)) {
    existing.set(li.dataset.conversationId ?? '', li);
  }
  items.forEach((c, index) => {
    let li = existing.get(c.id);
    existing.delete(c.id);
    if (!li) {
      li = document.createElement('li');
      li.dataset.conversationId = c.id;
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.conversationId = c.id;
      button.addEventListener('click', () => select(c.id));
      button.addEventListener('keydown', onListKey);
      li.append(button);
    }
    const button = /** @type {HTMLButtonElement} */ (li.firstElementChild);
    const parts = [span('span', 'page', pageLabel(c))];
    if (c.team) parts.push(span('span', 'team', `For ${c.team}`));
    if (c.summary) parts.push(span('span', 'summary', c.summary));
    if (c.lastMessage) {
      parts.push(span('span', 'last', `${c.lastMessage.from === 'agent' ? 'You: ' : ''}${c.lastMessage.text}`));
    }
    const meta = span('span', 'meta', '');
    if (c.unread > 0) meta.append(span('span', 'unread', `${c.unread} unread`));
    meta.append(span('span', 'status', state.typing.has(c.id) ? 'typing…' : c.visitorOnline ? 'visitor here' : 'visitor away'));
    if (c.lastMessage) meta.append(timeEl(c.lastMessage.at));
    parts.push(meta);
    button.replaceChildren(...parts);
    if (c.id === state.selected) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
    if (ui.list.children[index] !== li) ui.list.insertBefore(li, ui.list.children[index] ?? null);
  });
  for (const li of existing.values()) li.remove();
  if (focusedId) {
    const again = ui.list.querySelector(`button[data-conversation-id="${CSS.escape(focusedId)}"]`);
    if (again instanceof HTMLElement && document.activeElement !== again) again.focus();
  }
}

/** Arrow keys, Home and End move between conversations. @param {KeyboardEvent} ev */
function onListKey(ev) {
  const buttons = /** @type {HTMLButtonElement[]} */ ([...ui.list.querySelectorAll('button')]);
  const i = buttons.indexOf(/** @type {HTMLButtonElement} */ (ev.currentTarget));
  let next = -1;
  if (ev.key === 'ArrowDown') next = Math.min(buttons.length - 1, i + 1);
  else if (ev.key === 'ArrowUp') next = Math.max(0, i - 1);
  else if (ev.key === 'Home') next = 0;
  else if (ev.key === 'End') next = buttons.length - 1;
  if (next >= 0) {
    ev.preventDefault();
    buttons[next].focus();
  }
}

/** @param {string} id */
export function select(id) {
  if (state.selected !== id) stopAgentTyping();
  state.selected = id;
  ui.replyError.textContent = '';
  const thread = state.threads.get(id);
  send({ type: 'open', conversationId: id, lastSeq: thread ? thread.lastSeq : 0 });
  ui.reply.disabled = false;
  ui.send.disabled = false;
  renderList();
  renderThread();
}
