// Heed agent console: plain browser JavaScript, no build step.
// Talks to the relay's /agent WebSocket (see PROTOCOL.md). All visitor text is
// rendered with textContent, never as HTML.

/**
 * @typedef {{ seq: number, from: 'visitor' | 'agent', text: string, at: number }} LastMessage
 * @typedef {{ id: string, visitorId: string, page: string | null, title: string | null, topic: string | null,
 *   summary: string | null, lastMessage: LastMessage | null, unread: number, createdAt: number,
 *   updatedAt: number, visitorOnline: boolean }} Conversation
 * @typedef {{ id: string, seq: number | null, from: 'visitor' | 'agent', text: string, at: number,
 *   state?: 'sending' | 'failed' }} Message
 * @typedef {{ messages: Message[], lastSeq: number }} Thread
 */

const TOKEN_KEY = 'heed-relay-token';
const ONLINE_KEY = 'heed-relay-online';

/**
 * @template {HTMLElement} T
 * @param {string} id
 * @returns {T}
 */
function $(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return /** @type {T} */ (el);
}

const ui = {
  connection: $('connection'),
  online: /** @type {HTMLInputElement} */ ($('online')),
  presenceSummary: $('presence-summary'),
  signOut: /** @type {HTMLButtonElement} */ ($('sign-out')),
  login: /** @type {HTMLFormElement} */ ($('login')),
  token: /** @type {HTMLInputElement} */ ($('token')),
  loginError: $('login-error'),
  workspace: $('workspace'),
  list: $('conversations'),
  noConversations: $('no-conversations'),
  threadTitle: $('thread-title'),
  context: $('context'),
  messages: $('messages'),
  typing: $('typing'),
  replyForm: /** @type {HTMLFormElement} */ ($('reply-form')),
  reply: /** @type {HTMLTextAreaElement} */ ($('reply')),
  replyError: $('reply-error'),
  send: /** @type {HTMLButtonElement} */ ($('send')),
  announcer: $('announcer'),
};

/** @type {{ token: string | null, ws: WebSocket | null, connected: boolean, retry: number,
 *   retryTimer: ReturnType<typeof setTimeout> | null, conversations: Map<string, Conversation>,
 *   threads: Map<string, Thread>, selected: string | null, typing: Set<string>,
 *   pending: Map<string, { conversationId: string, text: string }>, agentTyping: boolean,
 *   agentTypingTimer: ReturnType<typeof setTimeout> | null }} */
const state = {
  token: null,
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
};

// ------------------------------------------------------------------ utilities

function newId() {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** @param {number} at */
function timeEl(at) {
  const t = document.createElement('time');
  const d = new Date(at);
  t.dateTime = d.toISOString();
  t.textContent = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return t;
}

/**
 * @param {string} tag
 * @param {string} className
 * @param {string} text
 */
function span(tag, className, text) {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

/** @param {Conversation} c */
function pageLabel(c) {
  if (!c.page) return 'Unknown page';
  try {
    const u = new URL(c.page, location.href);
    return u.pathname + u.search + u.hash;
  } catch {
    return c.page;
  }
}

/** @param {string} text */
function announce(text) {
  ui.announcer.textContent = '';
  // A fresh text node after a tick makes screen readers announce repeats too.
  setTimeout(() => {
    ui.announcer.textContent = text;
  }, 50);
}

/**
 * @param {'idle' | 'connecting' | 'open' | 'closed' | 'unauthorized'} kind
 * @param {string} text
 */
function setConnection(kind, text) {
  ui.connection.dataset.state = kind;
  ui.connection.textContent = text;
}

// ------------------------------------------------------------------ socket

/** @param {object} frame */
function send(frame) {
  if (state.ws && state.ws.readyState === WebSocket.OPEN) {
    state.ws.send(JSON.stringify(frame));
    return true;
  }
  return false;
}

function connect() {
  if (!state.token) return showLogin('');
  if (state.retryTimer) clearTimeout(state.retryTimer);
  state.retryTimer = null;
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const ws = new WebSocket(`${scheme}://${location.host}/agent?token=${encodeURIComponent(state.token)}`);
  state.ws = ws;
  setConnection('connecting', 'Connecting…');
  ws.addEventListener('open', () => {
    if (state.ws !== ws) return;
    state.connected = true;
    setConnection('open', 'Connected');
    ui.online.disabled = false;
    send({ type: 'presence', online: ui.online.checked });
  });
  ws.addEventListener('message', (ev) => {
    if (state.ws !== ws || typeof ev.data !== 'string') return;
    /** @type {any} */
    let frame;
    try {
      frame = JSON.parse(ev.data);
    } catch {
      return;
    }
    handle(frame);
  });
  ws.addEventListener('close', (ev) => {
    if (state.ws !== ws) return;
    state.ws = null;
    state.connected = false;
    ui.online.disabled = true;
    state.typing.clear();
    renderTyping();
    if (ev.code === 4401) {
      sessionStorage.removeItem(TOKEN_KEY);
      state.token = null;
      setConnection('unauthorized', 'Not connected: token refused');
      showLogin('That token was not accepted. Check the token the relay printed.');
      return;
    }
    if (!state.token) return;
    const delay = Math.min(15, 2 ** state.retry);
    state.retry += 1;
    setConnection('closed', `Disconnected, reconnecting in ${delay} s`);
    state.retryTimer = setTimeout(connect, delay * 1000);
  });
}

/** @param {any} frame */
function handle(frame) {
  switch (frame.type) {
    case 'conversations': {
      state.retry = 0;
      state.conversations = new Map(frame.items.map((/** @type {Conversation} */ c) => [c.id, c]));
      showWorkspace();
      renderList();
      if (state.selected && state.conversations.has(state.selected)) {
        const thread = state.threads.get(state.selected);
        send({ type: 'open', conversationId: state.selected, lastSeq: thread ? thread.lastSeq : 0 });
      }
      // Messages typed while offline: the relay drops duplicates by id.
      for (const [id, p] of state.pending) send({ type: 'message', conversationId: p.conversationId, id, text: p.text });
      return;
    }
    case 'conversation': {
      /** @type {Conversation} */
      const c = frame.item;
      const isNew = !state.conversations.has(c.id);
      state.conversations.set(c.id, c);
      renderList();
      if (isNew) announce(`New conversation on ${pageLabel(c)}`);
      if (c.id === state.selected) renderContext();
      return;
    }
    case 'thread': {
      const id = frame.conversationId;
      state.conversations.set(id, frame.conversation);
      const thread = state.threads.get(id) ?? { messages: [], lastSeq: 0 };
      for (const m of frame.messages) addMessage(thread, m);
      state.threads.set(id, thread);
      renderList();
      if (id === state.selected) renderThread();
      return;
    }
    case 'message': {
      const id = frame.conversationId;
      const thread = state.threads.get(id);
      if (thread) addMessage(thread, frame);
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
      return;
    }
    case 'ack': {
      state.pending.delete(frame.id);
      const thread = state.threads.get(frame.conversationId);
      const m = thread?.messages.find((x) => x.id === frame.id);
      if (thread && m) {
        m.seq = frame.seq;
        m.at = frame.at;
        delete m.state;
        thread.lastSeq = Math.max(thread.lastSeq, frame.seq);
        thread.messages.sort(bySeq);
        if (frame.conversationId === state.selected) renderThread();
      }
      return;
    }
    case 'typing': {
      if (frame.on) state.typing.add(frame.conversationId);
      else state.typing.delete(frame.conversationId);
      renderTyping();
      renderList();
      return;
    }
    case 'presence': {
      ui.presenceSummary.textContent = frame.online
        ? `Visitors see: available (${frame.agents} ${frame.agents === 1 ? 'agent' : 'agents'} online)`
        : 'Visitors see: away (they can leave a message)';
      return;
    }
    case 'error': {
      if (frame.code === 'unauthorized') return; // the close (4401) that follows handles it
      if (frame.id && state.pending.has(frame.id)) {
        const p = state.pending.get(frame.id);
        state.pending.delete(frame.id);
        const m = p && state.threads.get(p.conversationId)?.messages.find((x) => x.id === frame.id);
        if (m) m.state = 'failed';
        renderThread();
      }
      ui.replyError.textContent = `Relay error (${frame.code}): ${frame.message}`;
      return;
    }
    default:
      return;
  }
}

/**
 * @param {Message} a
 * @param {Message} b
 */
function bySeq(a, b) {
  return (a.seq ?? Infinity) - (b.seq ?? Infinity);
}

/**
 * @param {Thread} thread
 * @param {Message} m
 */
function addMessage(thread, m) {
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

// ------------------------------------------------------------------ views

/** @param {string} error */
function showLogin(error) {
  ui.workspace.hidden = true;
  ui.signOut.hidden = true;
  ui.login.hidden = false;
  ui.loginError.textContent = error;
  ui.token.focus();
}

function showWorkspace() {
  ui.login.hidden = true;
  ui.workspace.hidden = false;
  ui.signOut.hidden = false;
}

function renderList() {
  const items = [...state.conversations.values()].sort((a, b) => b.updatedAt - a.updatedAt);
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
function select(id) {
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

function renderContext() {
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
  if (c.topic) row('Topic', c.topic);
  row('Shared summary', c.summary ?? 'None shared');
  row('Visitor', c.visitorOnline ? 'On the site now' : 'Away (replies wait for their return)');
  ui.context.replaceChildren(...rows);
  ui.context.hidden = false;
}

function renderThread() {
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

function renderTyping() {
  ui.typing.textContent = state.selected && state.typing.has(state.selected) ? 'Visitor is typing…' : '';
}

// ------------------------------------------------------------------ reply

function stopAgentTyping() {
  if (state.agentTypingTimer) clearTimeout(state.agentTypingTimer);
  state.agentTypingTimer = null;
  if (state.agentTyping && state.selected) send({ type: 'typing', conversationId: state.selected, on: false });
  state.agentTyping = false;
}

function submitReply() {
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

// ------------------------------------------------------------------ presence, login

ui.online.checked = localStorage.getItem(ONLINE_KEY) !== 'off';
ui.online.addEventListener('change', () => {
  localStorage.setItem(ONLINE_KEY, ui.online.checked ? 'on' : 'off');
  send({ type: 'presence', online: ui.online.checked });
});

ui.login.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const token = ui.token.value.trim();
  if (!token) return;
  state.token = token;
  sessionStorage.setItem(TOKEN_KEY, token);
  ui.token.value = '';
  ui.loginError.textContent = '';
  state.retry = 0;
  connect();
});

ui.signOut.addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN_KEY);
  state.token = null;
  const ws = state.ws;
  state.ws = null;
  ws?.close(1000, 'signed out');
  if (state.retryTimer) clearTimeout(state.retryTimer);
  ui.online.disabled = true;
  setConnection('idle', 'Signed out');
  showLogin('');
});

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && state.selected) {
    const thread = state.threads.get(state.selected);
    if (thread?.lastSeq) send({ type: 'read', conversationId: state.selected, seq: thread.lastSeq });
  }
});

// A token in the address (?token=…) signs in once and is then removed from it.
const params = new URLSearchParams(location.search);
const fromUrl = params.get('token');
if (fromUrl) {
  sessionStorage.setItem(TOKEN_KEY, fromUrl);
  params.delete('token');
  const rest = params.toString();
  history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
}
state.token = sessionStorage.getItem(TOKEN_KEY);
if (state.token) connect();
else showLogin('');
export {};
