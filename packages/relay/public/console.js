// Heed agent console: plain browser JavaScript modules, no build step (the relay serves every
// file of this folder under /console/). Talks to the relay's /agent WebSocket (PROTOCOL.md).
// This module is the entry: the socket and its reconnection, signing in and out, and start-up.

import { setConnection, showLogin, ui } from './dom.js';
import { handle } from './frames.js';
import { renderTyping } from './thread.js';
import { wireReply } from './reply.js';
import { ONLINE_KEY, presenceFrame, send, state, TEAMS_KEY, TOKEN_KEY } from './state.js';

/**
 * `heed.agent` plus the token as `heed.token.<base64url of its UTF-8>`.
 * @param {string} token
 */
export function agentProtocols(token) {
  const bytes = new TextEncoder().encode(token);
  const b64 = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return ['heed.agent', `heed.token.${b64}`];
}

function connect() {
  if (!state.token) return showLogin('');
  if (state.retryTimer) clearTimeout(state.retryTimer);
  state.retryTimer = null;
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  // The token goes in the Sec-WebSocket-Protocol header, never in the URL (PROTOCOL.md).
  const ws = new WebSocket(`${scheme}://${location.host}/agent`, agentProtocols(state.token));
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

// A token in the address fragment (#token=…, never sent to the server) signs in once and is then
// removed from it; ?token=… is read the same way for old links.
const params = new URLSearchParams(location.search);
const fragment = new URLSearchParams(location.hash.slice(1));
const fromUrl = fragment.get('token') ?? params.get('token');
if (fromUrl) {
  sessionStorage.setItem(TOKEN_KEY, fromUrl);
  params.delete('token');
  const rest = params.toString();
  history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}`);
}
state.token = sessionStorage.getItem(TOKEN_KEY);
if (state.token) connect();
else showLogin('');
