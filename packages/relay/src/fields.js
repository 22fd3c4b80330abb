// Field checks for inbound frames. Every check is explicit: a value is either returned typed
// or rejected with the error code the client gets; nothing from the wire reaches storage or
// other sockets unchecked.

/** @typedef {import('./shared/frames.js').MessageContext} MessageContext */
/** @typedef {import('./shared/frames.js').ErrorCode} ErrorCode */

/** Ids chosen by clients (visitor ids, message ids, conversation ids). */
export const ID_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

export const LIMITS = Object.freeze({
  /** Longest message text, in UTF-16 code units (what `String.length` counts). */
  text: 4000,
  page: 2048,
  title: 300,
  topic: 100,
  summary: 2000,
  team: 80,
  name: 100,
  phone: 40,
  window: 100,
  email: 254,
  message: 4000,
});

/** Marks an Error as a rejected frame, carrying the code the client gets. */
const CODE = Symbol('frame error code');

/**
 * The error a field check throws: the frame is answered with `code` and has no effect.
 * @param {ErrorCode} code
 * @param {string} message
 * @returns {Error & { [CODE]: ErrorCode }}
 */
export function invalid(code, message) {
  return Object.assign(new Error(message), { [CODE]: code });
}

/**
 * The code of an error thrown by `invalid`, or undefined for any other error (a bug).
 * @param {unknown} err
 * @returns {ErrorCode | undefined}
 */
export function codeOf(err) {
  return err instanceof Error && CODE in err ? /** @type {ErrorCode} */ (err[CODE]) : undefined;
}

/**
 * @param {Record<string, unknown>} obj
 * @param {string} key
 * @returns {string}
 */
export function requireId(obj, key) {
  const value = obj[key];
  if (typeof value !== 'string') throw invalid('bad-frame', `"${key}" must be a string`);
  if (!ID_PATTERN.test(value)) {
    throw invalid('bad-frame', `"${key}" must be 1-100 characters of A-Z a-z 0-9 . _ : -`);
  }
  return value;
}

/**
 * @param {Record<string, unknown>} obj
 * @param {string} key
 * @returns {number}
 */
export function optionalSeq(obj, key) {
  const value = obj[key];
  if (value === undefined || value === null) return 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalid('bad-frame', `"${key}" must be a non-negative integer`);
  }
  return value;
}

/**
 * @param {Record<string, unknown>} obj
 * @param {string} key
 * @returns {boolean}
 */
export function requireBool(obj, key) {
  const value = obj[key];
  if (typeof value !== 'boolean') throw invalid('bad-frame', `"${key}" must be true or false`);
  return value;
}

/**
 * @param {Record<string, unknown>} obj
 * @returns {string}
 */
export function requireText(obj) {
  const value = obj.text;
  if (typeof value !== 'string') throw invalid('bad-frame', '"text" must be a string');
  if (value.trim() === '') throw invalid('bad-frame', '"text" must not be empty');
  if (value.length > LIMITS.text) {
    throw invalid('too-large', `"text" is longer than ${LIMITS.text} characters`);
  }
  return value;
}

/**
 * @param {unknown} value
 * @returns {MessageContext | undefined}
 */
export function optionalContext(value) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw invalid('bad-frame', '"context" must be an object');
  }
  const input = /** @type {Record<string, unknown>} */ (value);
  /** @type {MessageContext} */
  const context = {};
  for (const key of /** @type {const} */ (['page', 'title', 'topic', 'summary', 'team'])) {
    const field = input[key];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') throw invalid('bad-frame', `"context.${key}" must be a string`);
    if (field.length > LIMITS[key]) {
      throw invalid('too-large', `"context.${key}" is longer than ${LIMITS[key]} characters`);
    }
    if (field.trim() !== '') context[key] = field;
  }
  if (context.page !== undefined && !/^https?:\/\//i.test(context.page) && !context.page.startsWith('/')) {
    throw invalid('bad-frame', '"context.page" must be an http(s) URL or a path');
  }
  return context;
}

/**
 * An optional short string field (trimmed; empty counts as absent), or a required one.
 * @param {Record<string, unknown>} obj
 * @param {'team' | 'name' | 'phone' | 'window' | 'email' | 'message'} key
 * @param {boolean} [required]
 * @returns {string | undefined}
 */
export function stringField(obj, key, required = false) {
  const value = obj[key];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (required) throw invalid('bad-frame', `"${key}" is required`);
    return undefined;
  }
  if (typeof value !== 'string') throw invalid('bad-frame', `"${key}" must be a string`);
  if (value.length > LIMITS[key]) throw invalid('too-large', `"${key}" is longer than ${LIMITS[key]} characters`);
  return value.trim();
}

/**
 * A visitor's callback or email request: a callback needs a phone number, an email request an
 * address and a message (the widget checks the same before sending).
 * @param {Record<string, unknown>} o
 * @returns {import('./shared/frames.js').VisitorRequest}
 */
export function requireRequest(o) {
  const id = requireId(o, 'id');
  if (o.kind !== 'callback' && o.kind !== 'email') throw invalid('bad-frame', '"kind" must be "callback" or "email"');
  /** @type {import('./shared/frames.js').VisitorRequest} */
  const request = { id, kind: o.kind, team: /** @type {string} */ (stringField(o, 'team', true)), name: /** @type {string} */ (stringField(o, 'name', true)) };
  const fields = o.kind === 'callback' ? /** @type {const} */ ([['phone', true], ['window', false]]) : /** @type {const} */ ([['email', true], ['message', true]]);
  for (const [key, required] of fields) {
    const value = stringField(o, key, required);
    if (value !== undefined) request[key] = value;
  }
  if (request.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(request.email)) throw invalid('bad-frame', '"email" must be an email address');
  const context = optionalContext(o.context);
  if (context && Object.keys(context).length) request.context = context;
  return request;
}

/**
 * The teams an agent answers for: up to 50 names of 1–80 characters, or undefined (all teams;
 * an empty list means all too).
 * @param {unknown} value
 * @returns {string[] | undefined}
 */
export function optionalTeams(value) {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length > 50) throw invalid('bad-frame', '"teams" must be an array of at most 50 team names');
  const teams = value.map((name) => {
    if (typeof name !== 'string' || !name.trim() || name.length > LIMITS.team) throw invalid('bad-frame', `"teams" must hold names of 1-${LIMITS.team} characters`);
    return name.trim();
  });
  return teams.length ? [...new Set(teams)] : undefined;
}
