// Reads an export of Heed's events, one JSON object per line, into sessions (`heed lift`).
// Accepted shapes, so that an analytics export needs little reshaping (README, "Measuring lift"):
//   Heed's own:       {"session":"s1","event":"suppress","group":"holdout","rule":"holdout"}
//   forwarded names:  {"session_id":"s1","event":"heed_goal","heed_group":"heed","heed_goal":"purchase"}
//   PostHog's export: {"event":"heed_offer","properties":{"$session_id":"s1","heed_group":"heed",…}}

/** @typedef {{ id: string, group: string, offered: boolean, high: boolean, goals: Set<string>, mixed: boolean }} Session */

const SESSION_KEYS = ['session', 'session_id', '$session_id', 'ga_session_id', 'sessionId'];

/**
 * One line's event in Heed's own terms: `{ event, group, session, rule, level, goal }`, or
 * undefined for a line that is not a Heed event with a session and a group.
 * @param {Record<string, unknown>} row
 */
export function normalize(row) {
  if (!row || typeof row !== 'object') return undefined;
  const flat = { ...(row.properties && typeof row.properties === 'object' ? row.properties : {}), ...row };
  /** @param {string} key */
  const field = (key) => flat[key] ?? flat[`heed_${key}`];
  const event = String(flat.event ?? flat.name ?? '').replace(/^heed_/, '');
  const session = SESSION_KEYS.map((key) => flat[key]).find((value) => value !== undefined && value !== '');
  const group = field('group');
  if (!event || session === undefined || (group !== 'heed' && group !== 'holdout')) return undefined;
  // A goal's name: `goal`/`heed_goal`, or `name` in Heed's own payload (`{event: 'goal', name}`).
  const goal = event === 'goal' ? String(field('goal') ?? (flat.event ? flat.name : '') ?? '') : undefined;
  return { event, group, session: String(session), rule: field('rule'), level: field('level'), goal };
}

/**
 * Sessions by id from JSONL text. A session is "would have been offered" when it got an offer
 * (heed) or a `suppress` with rule `holdout` (holdout), "high need" when the policy weighed an
 * offer at all (an offer or any suppress: the policy decides only at high need) or a `need` event
 * says `high`. A session seen in both groups is marked `mixed`, and the report leaves it out.
 * @param {string} text @returns {{ sessions: Map<string, Session>, skipped: number }}
 */
export function readSessions(text) {
  /** @type {Map<string, Session>} */
  const sessions = new Map();
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let row;
    try {
      row = normalize(JSON.parse(line));
    } catch {
      row = undefined;
    }
    if (!row) {
      skipped++;
      continue;
    }
    let session = sessions.get(row.session);
    if (!session) sessions.set(row.session, (session = { id: row.session, group: row.group, offered: false, high: false, goals: new Set(), mixed: false }));
    if (session.group !== row.group) session.mixed = true;
    if (row.event === 'offer' || (row.event === 'suppress' && row.rule === 'holdout')) session.offered = true;
    if (row.event === 'offer' || row.event === 'suppress' || (row.event === 'need' && row.level === 'high')) session.high = true;
    if (row.event === 'goal') session.goals.add(row.goal || '');
  }
  return { sessions, skipped };
}
