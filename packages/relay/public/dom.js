// The console's page: its elements, and small helpers that write to them. All visitor text is
// rendered with textContent, never as HTML.

/** @typedef {import('./state.js').Conversation} Conversation */

/**
 * @template {HTMLElement} T
 * @param {string} id
 * @returns {T}
 */
export function $(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`missing #${id}`);
  return /** @type {T} */ (el);
}

export const ui = {
  connection: $('connection'),
  online: /** @type {HTMLInputElement} */ ($('online')),
  presenceSummary: $('presence-summary'),
  myTeams: /** @type {HTMLInputElement} */ ($('my-teams')),
  signOut: /** @type {HTMLButtonElement} */ ($('sign-out')),
  login: /** @type {HTMLFormElement} */ ($('login')),
  agentName: /** @type {HTMLInputElement} */ ($('agent-name')),
  password: /** @type {HTMLInputElement} */ ($('password')),
  signIn: /** @type {HTMLButtonElement} */ ($('sign-in')),
  signedIn: $('signed-in'),
  loginError: $('login-error'),
  workspace: $('workspace'),
  list: $('conversations'),
  noConversations: $('no-conversations'),
  teamFilter: /** @type {HTMLSelectElement} */ ($('team-filter')),
  requests: $('requests'),
  noRequests: $('no-requests'),
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

/** @param {number} at */
export function timeEl(at) {
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
export function span(tag, className, text) {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

/** @param {Pick<Conversation, 'page'>} c */
export function pageLabel(c) {
  if (!c.page) return 'Unknown page';
  try {
    const u = new URL(c.page, location.href);
    return u.pathname + u.search + u.hash;
  } catch {
    return c.page;
  }
}

/** @param {string} text */
export function announce(text) {
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
export function setConnection(kind, text) {
  ui.connection.dataset.state = kind;
  ui.connection.textContent = text;
}

/**
 * Shows the sign-in form; an error is tied to both fields (aria-describedby) and marks them.
 * @param {string} error
 * @param {{ focus?: boolean }} [options]  focus the first field (on load, or after a failed try)
 */
export function showLogin(error, options = { focus: true }) {
  ui.workspace.hidden = true;
  ui.signOut.hidden = true;
  ui.signedIn.hidden = true;
  ui.login.hidden = false;
  ui.loginError.textContent = error;
  for (const field of [ui.agentName, ui.password]) {
    if (error) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  }
  if (options.focus) (error && ui.agentName.value ? ui.password : ui.agentName).focus();
}

/** @param {string | null} name  the signed-in agent (null: signed in with a token) */
export function showWorkspace(name) {
  ui.login.hidden = true;
  ui.workspace.hidden = false;
  ui.signOut.hidden = false;
  ui.signedIn.hidden = !name;
  ui.signedIn.textContent = name ? `Signed in as ${name}` : '';
}
