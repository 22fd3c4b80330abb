// Signing in and out with an agent account: POST /signin sets an HttpOnly session cookie (the
// page never sees it, and it is never in a URL); the agent socket then carries it by itself.

import { setConnection, showLogin, ui } from './dom.js';
import { state, TEAMS_KEY, TOKEN_KEY } from './state.js';

/**
 * Remembers who signed in; an agent who has not picked teams on this device starts with the
 * teams of its account.
 * @param {{ name?: unknown, teams?: unknown }} body
 */
function signedIn(body) {
  state.signedIn = true;
  state.agentName = typeof body.name === 'string' ? body.name : null;
  const teams = Array.isArray(body.teams) ? body.teams.filter((t) => typeof t === 'string') : [];
  if (!ui.myTeams.value && localStorage.getItem(TEAMS_KEY) === null && teams.length) ui.myTeams.value = teams.join(', ');
}

/**
 * On load: an existing session connects at once, otherwise the form is shown.
 * @param {() => void} connect
 */
export async function checkSession(connect) {
  try {
    const res = await fetch('/session', { credentials: 'same-origin' });
    if (res.ok) {
      signedIn(await res.json());
      return connect();
    }
  } catch {
    // The relay is unreachable: the form says so when it is used.
  }
  showLogin('');
}

/**
 * The form was submitted.
 * @param {() => void} connect
 */
export async function signIn(connect) {
  const name = ui.agentName.value.trim();
  const password = ui.password.value;
  if (!name || !password) return showLogin(!name ? 'Enter your agent name.' : 'Enter your password.');
  ui.signIn.disabled = true;
  try {
    const res = await fetch('/signin', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      ui.password.value = '';
      const fallback = res.status === 429 ? 'Too many failed sign-ins. Wait a moment, then try again.' : 'Sign-in failed.';
      return showLogin(typeof body.error === 'string' ? body.error : fallback);
    }
    ui.password.value = '';
    showLogin('', { focus: false });
    signedIn(body);
    state.retry = 0;
    connect();
  } catch {
    showLogin('The relay could not be reached. Check your connection, then try again.');
  } finally {
    ui.signIn.disabled = false;
  }
}

/** Ends the session (the relay forgets it) and shows the form again. */
export async function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  const hadSession = state.signedIn;
  state.token = null;
  state.signedIn = false;
  state.agentName = null;
  if (hadSession) await fetch('/signout', { method: 'POST', credentials: 'same-origin' }).catch(() => {});
  setConnection('idle', 'Signed out');
  showLogin('');
}
