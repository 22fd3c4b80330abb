// Parsing of inbound frames: JSON text → a typed frame of the protocol, or a FrameError.

import { codeOf, ID_PATTERN, invalid, optionalContext, optionalSeq, optionalTeams, requireBool, requireId, requireRequest, requireText } from './fields.js';

/** @typedef {import('./shared/frames.js').ErrorCode} ErrorCode */

/** @typedef {{ code: ErrorCode, message: string, id?: string }} FrameError */

/**
 * A visitor frame after parsing: optional fields are settled (`lastSeq` defaults to 0).
 * @typedef {{ type: 'hello', visitorId: string, conversationId?: string, lastSeq: number }
 *   | Exclude<import('./shared/frames.js').VisitorClientFrame, { type: 'hello' }>} VisitorFrame
 */

/**
 * An agent frame after parsing: `lastSeq` defaults to 0 and `seq` of `read` to the end of the thread.
 * @typedef {{ type: 'open', conversationId: string, lastSeq: number }
 *   | { type: 'read', conversationId: string, seq: number }
 *   | Exclude<import('./shared/frames.js').AgentClientFrame, { type: 'open' | 'read' }>} AgentFrame
 */

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
    const code = codeOf(err);
    if (code) return { ok: false, error: { code, message: /** @type {Error} */ (err).message, ...idOf(obj) } };
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
      case 'request':
        return { type: 'request', ...requireRequest(o) };
      case 'ping':
        return { type: 'ping' };
      default:
        throw invalid('bad-frame', `unknown frame type "${String(o.type).slice(0, 40)}"`);
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
      case 'presence': {
        const teams = optionalTeams(o.teams);
        return teams ? { type: 'presence', online: requireBool(o, 'online'), teams } : { type: 'presence', online: requireBool(o, 'online') };
      }
      case 'read':
        return {
          type: 'read',
          conversationId: requireId(o, 'conversationId'),
          // Without a seq the whole thread counts as read.
          seq: o.seq === undefined || o.seq === null ? Number.MAX_SAFE_INTEGER : optionalSeq(o, 'seq'),
        };
      case 'list':
        return { type: 'list' };
      case 'done':
        return { type: 'done', id: requireId(o, 'id'), done: o.done === undefined ? true : requireBool(o, 'done') };
      case 'ping':
        return { type: 'ping' };
      default:
        throw invalid('bad-frame', `unknown frame type "${String(o.type).slice(0, 40)}"`);
    }
  });
}
