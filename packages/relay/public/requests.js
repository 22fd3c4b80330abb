// Callback and email requests: the list with each request's details and shared context, the team
// filter (which also filters the conversations), and marking a request done.

import { pageLabel, span, timeEl, ui } from './dom.js';
import { renderList } from './list.js';
import { send, shownForTeam, state } from './state.js';

/** @typedef {import('../src/shared/frames.js').RequestItem} RequestItem */

/**
 * @param {RequestItem} r
 * @returns {HTMLLIElement}
 */
function requestEntry(r) {
  const li = document.createElement('li');
  li.dataset.requestId = r.id;
  li.className = r.doneAt ? 'request done' : 'request';
  const title = span('p', 'title', `${r.kind === 'callback' ? 'Callback' : 'Email'} for ${r.team}: ${r.name}`);
  const details = document.createElement('dl');
  /** @param {string} label @param {string | undefined | null} value */
  const row = (label, value) => value && details.append(span('dt', '', label), span('dd', '', value));
  row('Phone', r.phone);
  row('When', r.window);
  row('Email', r.email);
  row('Message', r.message);
  if (r.context) {
    row('Page', r.context.page ? pageLabel({ page: r.context.page }) : undefined);
    row('Topic', r.context.topic);
    row('Shared summary', r.context.summary);
  } else row('Shared summary', 'None shared');
  const meta = span('p', 'meta', r.doneAt ? 'Done · ' : 'Open · ');
  meta.append(timeEl(r.createdAt));
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.textContent = r.doneAt ? 'Reopen' : 'Mark done';
  toggle.setAttribute('aria-label', `${r.doneAt ? 'Reopen' : 'Mark done'}: ${r.kind} request from ${r.name}`);
  toggle.addEventListener('click', () => send({ type: 'done', id: r.id, done: !r.doneAt }));
  li.append(title, details, meta, toggle);
  return li;
}

/** Open requests first (newest first), then the done ones. */
export function renderRequests() {
  const items = [...state.requests.values()].filter(shownForTeam).sort((a, b) => Number(!!a.doneAt) - Number(!!b.doneAt) || b.createdAt - a.createdAt);
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest('li')?.dataset.requestId : undefined;
  ui.requests.replaceChildren(...items.map(requestEntry));
  ui.noRequests.hidden = items.length > 0;
  // The button just pressed is a new element now: focus stays on its successor.
  if (focused) /** @type {HTMLButtonElement | null} */ (ui.requests.querySelector(`li[data-request-id="${CSS.escape(focused)}"] button`))?.focus();
}

/** The team filter's options: every team a chat or request names. */
export function renderTeams() {
  const teams = new Set();
  for (const c of state.conversations.values()) if (c.team) teams.add(c.team);
  for (const r of state.requests.values()) teams.add(r.team);
  const names = /** @type {string[]} */ ([...teams]).sort();
  const options = [new Option('All teams', ''), ...names.map((name) => new Option(name, name))];
  ui.teamFilter.replaceChildren(...options);
  ui.teamFilter.value = names.includes(state.team) ? state.team : '';
}

ui.teamFilter.addEventListener('change', () => {
  state.team = ui.teamFilter.value;
  renderRequests();
  renderList();
});
