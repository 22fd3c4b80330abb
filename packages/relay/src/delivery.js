// Delivering stored messages to this instance's sockets, in seq order, once. Messages may be
// stored here or on another instance (heard of through the bus, ids only), so each conversation
// remembers the last seq delivered here and always sends from there: a notification that
// arrives late, out of order or not at all (caught up after a listener reconnect) still leaves
// every socket with each message exactly once. Work on one conversation runs in order.
//
// A conversation this instance has not delivered anything of yet: with one process, every
// message passes here, so nothing before the one at hand is owed. With several (`listeningSince`
// set), every message stored since this instance began listening is owed (its notification may
// still be on its way when a later message is stored or notified here), so delivery starts after
// the last one stored before then (a few seconds earlier, for clocks that differ: a message
// delivered twice to an agent is dropped by id, one never delivered is not).

import { publishConversation } from './conversations.js';
import { agentMessageFrame, send, visitorMessageFrame } from './fanout.js';

/** @typedef {import('./connection.js').Conn} Conn */
/** @typedef {import('./store/rows.js').StoredMessage} StoredMessage */

/** Conversations remembered; past this the least recently touched are forgotten. */
const MAX_TRACKED = 100_000;
/** A catch-up reads from a little before the listener was lost (clocks of instances differ). */
const CATCH_UP_SLACK_MS = 5000;

/**
 * @param {Pick<import('./visitorFrames.js').FrameContext, 'store' | 'hub'>} ctx
 * @param {{ listeningSince?: number }} [options]
 */
export function createDelivery(ctx, options = {}) {
  const { store, hub } = ctx;
  /** @type {Map<string, number>} conversation id → last seq delivered by this instance */
  const delivered = new Map();
  /** @type {Map<string, Promise<void>>} */
  const chains = new Map();

  /**
   * @param {string} id
   * @param {number} seq
   */
  const remember = (id, seq) => {
    delivered.delete(id);
    delivered.set(id, seq);
    if (delivered.size > MAX_TRACKED) delivered.delete(/** @type {string} */ (delivered.keys().next().value));
  };

  /**
   * Runs `work` after every earlier job of the conversation.
   * @param {string} id
   * @param {() => Promise<void> | void} work
   * @returns {Promise<void>}
   */
  const serial = (id, work) => {
    const next = (chains.get(id) ?? Promise.resolve()).then(work);
    const settled = next.catch(() => {});
    chains.set(id, settled);
    settled.then(() => chains.get(id) === settled && chains.delete(id));
    return next;
  };

  /**
   * @param {StoredMessage[]} messages
   * @param {Conn} [sender]  the socket a message came from does not get it back
   * @param {string} [senderId]
   */
  const fanOut = (messages, sender, senderId) => {
    for (const m of messages) {
      const except = m.id === senderId ? sender : undefined;
      const visitors = hub.visitors.get(m.conversationId);
      if (visitors) {
        const frame = visitorMessageFrame(m);
        for (const v of visitors) {
          if (v === except || m.seq <= v.sentSeq) continue;
          v.sentSeq = m.seq;
          send(v, frame);
        }
      }
      if (hub.agents.size) hub.toAgents(agentMessageFrame(m), except);
    }
  };

  /**
   * Where delivery of a conversation this instance knows nothing of starts (see the top).
   * @param {string} id
   * @param {number} seq  the message at hand
   */
  const floor = async (id, seq) =>
    options.listeningSince === undefined
      ? seq - 1
      : Math.min(seq - 1, await store.seqBefore(id, options.listeningSince - CATCH_UP_SLACK_MS));

  /**
   * Delivers conversation `id` up to `seq`, reading what this instance has not delivered yet.
   * @param {string} id
   * @param {number} seq
   * @param {{ message?: StoredMessage, sender?: Conn }} [known]
   */
  const upTo = async (id, seq, known = {}) => {
    const last = delivered.get(id) ?? (await floor(id, seq));
    if (last >= seq) return false;
    if (!hub.visitors.has(id) && hub.agents.size === 0) {
      remember(id, seq);
      return false;
    }
    const messages =
      known.message && last === seq - 1 ? [known.message] : (await store.messagesAfter(id, last)).filter((m) => m.seq <= seq);
    fanOut(messages, known.sender, known.message?.id);
    remember(id, Math.max(seq, delivered.get(id) ?? 0));
    return true;
  };

  return {
    /**
     * A message was just stored by this instance.
     * @param {StoredMessage} message
     * @param {Conn} sender
     */
    stored: (message, sender) =>
      serial(message.conversationId, async () => {
        await upTo(message.conversationId, message.seq, { message, sender });
        await publishConversation(ctx, message.conversationId);
      }),
    /**
     * Another instance stored seq `seq` of conversation `id`.
     * @param {string} id
     * @param {number} seq
     */
    remote: (id, seq) =>
      serial(id, async () => {
        if (await upTo(id, seq)) await publishConversation(ctx, id);
      }),
    /**
     * After the listener was away: everything stored since `since` that was not delivered.
     * @param {number} since
     */
    async catchUp(since) {
      const changed = await store.changedSince(since - CATCH_UP_SLACK_MS);
      await Promise.all(
        changed.map((c) =>
          serial(c.id, async () => {
            if (await upTo(c.id, c.lastSeq)) await publishConversation(ctx, c.id);
          }),
        ),
      );
    },
    /**
     * A visitor socket joins its conversation: replays what it has not seen, then it gets live
     * messages; in the conversation's order, so nothing falls between the two or comes twice.
     * @param {Conn} conn
     * @param {string} id
     * @param {number} lastSeq  what the client already has
     * @param {boolean} stored  whether the conversation is stored yet
     * @param {() => void} welcome  sends the welcome frame, before any message
     * @returns {Promise<boolean>}  whether it is the conversation's first socket here
     */
    join: (conn, id, lastSeq, stored, welcome) => {
      /** @type {boolean} */
      let first = false;
      return serial(id, async () => {
        const messages = stored ? await store.messagesAfter(id, lastSeq) : [];
        if (conn.ws.readyState > 1) return;
        first = hub.join(conn, id);
        conn.sentSeq = lastSeq;
        welcome();
        for (const m of messages) {
          conn.sentSeq = m.seq;
          send(conn, visitorMessageFrame(m));
        }
        if (messages.length && !delivered.has(id)) remember(id, messages[messages.length - 1].seq);
      }).then(() => first);
    },
  };
}

/** @typedef {ReturnType<typeof createDelivery>} Delivery */
