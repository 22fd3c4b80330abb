// Fan-out: who is connected (agents, and visitor sockets per conversation) and sending frames
// to one socket, to every agent or to a conversation's visitors.

import { WebSocket } from 'ws';

/** @typedef {import('./connection.js').Conn} Conn */
/** @typedef {import('./shared/frames.js').ServerFrame} ServerFrame */
/** @typedef {import('./shared/frames.js').ErrorCode} ErrorCode */
/** @typedef {import('./shared/frames.js').VisitorMessage} VisitorMessage */
/** @typedef {import('./shared/frames.js').AgentMessage} AgentMessage */
/** @typedef {import('./store/rows.js').StoredMessage} StoredMessage */

/** A client that does not read its frames is dropped past this much buffered output. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * @param {Conn} conn
 * @param {ServerFrame} frame
 */
export function send(conn, frame) {
  const { ws } = conn;
  if (ws.readyState !== WebSocket.OPEN) return;
  if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
    ws.terminate();
    return;
  }
  ws.send(JSON.stringify(frame));
}

/**
 * @param {Conn} conn
 * @param {ErrorCode} code
 * @param {string} message
 * @param {string} [id]  the rejected message's id, so the client knows which one failed
 */
export function sendError(conn, code, message, id) {
  send(conn, id === undefined ? { type: 'error', code, message } : { type: 'error', code, message, id });
}

/**
 * @param {StoredMessage} m
 * @returns {VisitorMessage}
 */
export function visitorMessageFrame(m) {
  return { type: 'message', id: m.id, seq: m.seq, from: m.from, text: m.text, at: m.at };
}

/**
 * @param {StoredMessage} m
 * @returns {AgentMessage}
 */
export function agentMessageFrame(m) {
  /** @type {AgentMessage} */
  const frame = { ...visitorMessageFrame(m), conversationId: m.conversationId };
  if (m.context) frame.context = m.context;
  return frame;
}

/** The sockets the relay holds, by role and conversation. */
export function createHub() {
  /** @type {Set<Conn>} every socket, for the heartbeat and shutdown */
  const conns = new Set();
  /** @type {Set<Conn>} agent sockets past the token check */
  const agents = new Set();
  /** @type {Map<string, Set<Conn>>} conversation id → visitor sockets that said hello */
  const visitors = new Map();

  /** @param {string} conversationId */
  const visitorOnline = (conversationId) => (visitors.get(conversationId)?.size ?? 0) > 0;

  /**
   * @param {ServerFrame} frame
   * @param {Conn} [except]
   */
  const toAgents = (frame, except) => {
    for (const a of agents) if (a !== except) send(a, frame);
  };

  /**
   * @param {string} conversationId
   * @param {ServerFrame} frame
   * @param {Conn} [except]
   */
  const toVisitors = (conversationId, frame, except) => {
    for (const v of visitors.get(conversationId) ?? []) if (v !== except) send(v, frame);
  };

  return {
    conns,
    agents,
    visitors,
    visitorOnline,
    toAgents,
    toVisitors,
    /** @param {ServerFrame} frame */
    toEveryone(frame) {
      for (const set of visitors.values()) for (const v of set) send(v, frame);
      toAgents(frame);
    },
    /**
     * Adds a visitor socket to its conversation; true when it is the conversation's first.
     * @param {Conn} conn
     * @param {string} conversationId
     */
    join(conn, conversationId) {
      let set = visitors.get(conversationId);
      if (!set) visitors.set(conversationId, (set = new Set()));
      set.add(conn);
      return set.size === 1;
    },
    /**
     * @param {Conn} conn
     * @param {string} conversationId
     */
    leave(conn, conversationId) {
      const set = visitors.get(conversationId);
      set?.delete(conn);
      if (set && set.size === 0) visitors.delete(conversationId);
    },
  };
}

/** @typedef {ReturnType<typeof createHub>} Hub */
