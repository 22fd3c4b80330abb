// Heed agent console: plain browser JavaScript modules, no build step (the relay serves every
// file of this folder under /console/). Talks to the relay's /agent WebSocket (PROTOCOL.md).
// This module is the entry: the socket and its reconnection, and start-up; signing in and out
// is in session.js.

import { setConnection, showLogin, ui } from './dom.js';
import { handle } from './frames.js';
import { renderTyping } from './thread.js';
import { wireReply } from './reply.js';
import { ONLINE_KEY, presenceFrame, send, state, TEAMS_KEY, TOKEN_KEY } from './state.js';
import { checkSession, signIn, signOut } from './session.js';

/**
 * `heed.agent` plus the token as `heed.token.<base64url of its UTF-8>`.
 * @param {string} token
 */
export function agentProtocols(token) {
  const bytes = new TextEncoder().encode(token);
  const b64 = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return ['heed.agent', `heed.token.${b64}`];
}

export function connect() {
  if (!state.token && !state.signedIn) return showLogin('');
  if (state.retryTimer) clearTimeout(state.retryTimer);
  state.retryTimer = null;
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  // The session cookie goes with the upgrade by itself; a token goes in the
  // Sec-WebSocket-Protocol header, never in the URL (PROTOCOL.md).
  const protocols = state.token ? agentProtocols(state.token) : ['heed.agent'];
  const ws = new WebSocket(`${scheme}://${location.host}/agent`, protocols);
  state.ws = ws;
  setConnection('connecting', 'Connecting…');
  ws.addEventListener('open', () => {
    if (state.ws !== ws) return;
    state.connected = true;
    setConnection('open', 'Connected');
    ui.online.disabled = false;
    send(presenceFrame(ui.online.checked, ui.myTeams.value));
  });
  ws.addEventListener('message', (ev) => {
    if (state.ws !== ws || typeof ev.data !== 'string') return;
    /** @type {import('../src/shared/frames.js').AgentServerFrame} */
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
      const hadToken = Boolean(state.token);
      sessionStorage.removeItem(TOKEN_KEY);
      state.token = null;
      state.signedIn = false;
      setConnection('unauthorized', hadToken ? 'Not connected: token refused' : 'Not connected: signed out');
      showLogin(hadToken ? 'That token was not accepted. Sign in with your agent name and password.' : 'Your session has ended. Sign in again.');
      return;
    }
    if (!state.token && !state.signedIn) return;
    const delay = Math.min(15, 2 ** state.retry);
    state.retry += 1;
    setConnection('closed', `Disconnected, reconnecting in ${delay} s`);
    state.retryTimer = setTimeout(connect, delay * 1000);
  });
}

wireReply();

// The Online switch (remembered on this device), signing in and out, marking read on return.
ui.online.checked = localStorage.getItem(ONLINE_KEY) !== 'off';
ui.online.addEventListener('change', () => {
  localStorage.setItem(ONLINE_KEY, ui.online.checked ? 'on' : 'off');
  send(presenceFrame(ui.online.checked, ui.myTeams.value));
});
// The teams this agent answers (remembered on this device): visitors see those teams as available.
ui.myTeams.value = localStorage.getItem(TEAMS_KEY) ?? '';
ui.myTeams.addEventListener('change', () => {
  localStorage.setItem(TEAMS_KEY, ui.myTeams.value);
  send(presenceFrame(ui.online.checked, ui.myTeams.value));
});

ui.login.addEventListener('submit', (ev) => {
  ev.preventDefault();
  signIn(connect);
});

ui.signOut.addEventListener('click', () => {
  const ws = state.ws;
  state.ws = null;
  ws?.close(1000, 'signed out');
  if (state.retryTimer) clearTimeout(state.retryTimer);
  ui.online.disabled = true;
  setConnection('idle', 'Signed out');
  signOut();
});

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && state.selected) {
    const thread = state.threads.get(state.selected);
    if (thread?.lastSeq) send({ type: 'read', conversationId: state.selected, seq: thread.lastSeq });
  }
});

// A token in the address fragment (#token=…, for scripts and tests; never sent to the server)
// signs in once and is then removed from it. Otherwise the session cookie, if there is one.
const fragment = new URLSearchParams(location.hash.slice(1));
const fromUrl = fragment.get('token');
if (fromUrl) {
  sessionStorage.setItem(TOKEN_KEY, fromUrl);
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}
state.token = sessionStorage.getItem(TOKEN_KEY);
if (state.token) connect();
else checkSession(connect);
