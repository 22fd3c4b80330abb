// Parsing and validation of inbound frames. Every check is explicit: a frame is
// either turned into a typed object or rejected with an error code; nothing
// from the wire reaches storage or other sockets unchecked.

/** @typedef {import('./store.js').MessageContext} MessageContext */

/**
 * @typedef {'bad-json' | 'bad-frame' | 'too-large' | 'rate-limited' | 'unauthorized'
 *   | 'unknown-conversation' | 'hello-required' | 'internal'} ErrorCode
 */

/** @typedef {{ code: ErrorCode, message: string, id?: string }} FrameError */

/**
 * @typedef {{ type: 'hello', visitorId: string, conversationId?: string, lastSeq: number }
 *   | { type: 'message', id: string, text: string, context?: MessageContext }
 *   | { type: 'typing', on: boolean }
 *   | { type: 'ping' }} VisitorFrame
 */

/**
 * @typedef {{ type: 'open', conversationId: string, lastSeq: number }
 *   | { type: 'message', conversationId: string, id: string, text: string }
 *   | { type: 'typing', conversationId: string, on: boolean }
 *   | { type: 'presence', online: boolean }
 *   | { type: 'read', conversationId: string, seq: number }
 *   | { type: 'list' }
 *   | { type: 'ping' }} AgentFrame
 */

/** Ids chosen by clients (visitor ids, message ids, conversation ids). */
export const ID_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

export const LIMITS = Object.freeze({
  /** Longest message text, in UTF-16 code units (what `String.length` counts). */
  text: 4000,
  page: 2048,
  title: 300,
  topic: 100,
  summary: 2000,
});

class Invalid extends Error {
  /**
   * @param {ErrorCode} code
   * @param {string} message
   */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/**
 * @param {Record<string, unknown>} obj
 * @param {string} key
 * @returns {string}
 */
function requireId(obj, key) {
  const value = obj[key];
  if (typeof value !== 'string') throw new Invalid('bad-frame', `"${key}" must be a string`);
  if (!ID_PATTERN.test(value)) {
    throw new Invalid('bad-frame', `"${key}" must be 1-100 characters of A-Z a-z 0-9 . _ : -`);
  }
  return value;
}

/**
 * @param {Record<string, unknown>} obj
 * @param {string} key
 * @returns {number}
 */
function optionalSeq(obj, key) {
  const value = obj[key];
  if (value === undefined || value === null) return 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new Invalid('bad-frame', `"${key}" must be a non-negative integer`);
  }
  return value;
}

/**
 * @param {Record<string, unknown>} obj
 * @param {string} key
 * @returns {boolean}
 */
function requireBool(obj, key) {
  const value = obj[key];
  if (typeof value !== 'boolean') throw new Invalid('bad-frame', `"${key}" must be true or false`);
  return value;
}

/**
 * @param {Record<string, unknown>} obj
 * @returns {string}
 */
function requireText(obj) {
  const value = obj.text;
  if (typeof value !== 'string') throw new Invalid('bad-frame', '"text" must be a string');
  if (value.trim() === '') throw new Invalid('bad-frame', '"text" must not be empty');
  if (value.length > LIMITS.text) {
    throw new Invalid('too-large', `"text" is longer than ${LIMITS.text} characters`);
  }
  return value;
}

/**
 * @param {unknown} value
 * @returns {MessageContext | undefined}
 */
function optionalContext(value) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new Invalid('bad-frame', '"context" must be an object');
  }
  const input = /** @type {Record<string, unknown>} */ (value);
  /** @type {MessageContext} */
  const context = {};
  for (const key of /** @type {const} */ (['page', 'title', 'topic', 'summary'])) {
    const field = input[key];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') throw new Invalid('bad-frame', `"context.${key}" must be a string`);
    if (field.length > LIMITS[key]) {
      throw new Invalid('too-large', `"context.${key}" is longer than ${LIMITS[key]} characters`);
    }
    if (field.trim() !== '') context[key] = field;
  }
  if (context.page !== undefined && !/^https?:\/\//i.test(context.page) && !context.page.startsWith('/')) {
    throw new Invalid('bad-frame', '"context.page" must be an http(s) URL or a path');
  }
  return context;
}

/**
 * Decode a text frame into a plain object with a string `type`.
 * @param {string} raw
 * @returns {{ ok: true, value: Record<string, unknown> & { type: string } } | { ok: false, error: FrameError }}
 */
export function decode(raw) {
  /** @type {unknown} */
  let value;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, error: { code: 'bad-json', message: 'frame is not valid JSON' } };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: { code: 'bad-json', message: 'frame must be a JSON object' } };
  }
  const obj = /** @type {Record<string, unknown>} */ (value);
  if (typeof obj.type !== 'string') {
    return { ok: false, error: { code: 'bad-frame', message: '"type" must be a string', ...idOf(obj) } };
  }
  return { ok: true, value: /** @type {Record<string, unknown> & { type: string }} */ (obj) };
}

/**
 * The client's id of a frame, when it has a usable one, to echo in errors.
 * @param {Record<string, unknown>} obj
 * @returns {{ id?: string }}
 */
export function idOf(obj) {
  return typeof obj.id === 'string' && ID_PATTERN.test(obj.id) ? { id: obj.id } : {};
}

/**
 * @template T
 * @param {Record<string, unknown>} obj
 * @param {(obj: Record<string, unknown>) => T} fn
 * @returns {{ ok: true, value: T } | { ok: false, error: FrameError }}
 */
function run(obj, fn) {
  try {
    return { ok: true, value: fn(obj) };
  } catch (err) {
    if (err instanceof Invalid) {
      return { ok: false, error: { code: err.code, message: err.message, ...idOf(obj) } };
    }
    throw err;
  }
}

/**
 * @param {Record<string, unknown> & { type: string }} obj
 * @returns {{ ok: true, value: VisitorFrame } | { ok: false, error: FrameError }}
 */
export function parseVisitorFrame(obj) {
  return run(obj, (o) => {
    switch (o.type) {
      case 'hello': {
        /** @type {VisitorFrame} */
        const frame = { type: 'hello', visitorId: requireId(o, 'visitorId'), lastSeq: optionalSeq(o, 'lastSeq') };
        if (o.conversationId !== undefined && o.conversationId !== null) {
          frame.conversationId = requireId(o, 'conversationId');
        }
        return frame;
      }
      case 'message': {
        const id = requireId(o, 'id');
        const text = requireText(o);
        const context = optionalContext(o.context);
        return context ? { type: 'message', id, text, context } : { type: 'message', id, text };
      }
      case 'typing':
        return { type: 'typing', on: requireBool(o, 'on') };
      case 'ping':
        return { type: 'ping' };
      default:
        throw new Invalid('bad-frame', `unknown frame type "${String(o.type).slice(0, 40)}"`);
    }
  });
}

/**
 * @param {Record<string, unknown> & { type: string }} obj
 * @returns {{ ok: true, value: AgentFrame } | { ok: false, error: FrameError }}
 */
export function parseAgentFrame(obj) {
  return run(obj, (o) => {
    switch (o.type) {
      case 'open':
        return { type: 'open', conversationId: requireId(o, 'conversationId'), lastSeq: optionalSeq(o, 'lastSeq') };
      case 'message':
        return {
          type: 'message',
          conversationId: requireId(o, 'conversationId'),
          id: requireId(o, 'id'),
          text: requireText(o),
        };
      case 'typing':
        return { type: 'typing', conversationId: requireId(o, 'conversationId'), on: requireBool(o, 'on') };
      case 'presence':
        return { type: 'presence', online: requireBool(o, 'online') };
      case 'read':
        return {
          type: 'read',
          conversationId: requireId(o, 'conversationId'),
          // Without a seq the whole thread counts as read.
          seq: o.seq === undefined || o.seq === null ? Number.MAX_SAFE_INTEGER : optionalSeq(o, 'seq'),
        };
      case 'list':
        return { type: 'list' };
      case 'ping':
        return { type: 'ping' };
      default:
        throw new Invalid('bad-frame', `unknown frame type "${String(o.type).slice(0, 40)}"`);
    }
  });
}
