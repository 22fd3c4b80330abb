// Rows of the two tables as the rest of the relay sees them (camelCase, parsed context).

/** @typedef {import('../shared/frames.js').Sender} Sender */
/** @typedef {import('../shared/frames.js').MessageContext} MessageContext */

/**
 * @typedef {object} StoredMessage
 * @property {string} conversationId
 * @property {number} seq
 * @property {string} id
 * @property {Sender} from
 * @property {string} text
 * @property {number} at
 * @property {MessageContext | null} context
 */

/**
 * @typedef {object} ConversationRow
 * @property {string} id
 * @property {string} visitorId
 * @property {string | null} page
 * @property {string | null} title
 * @property {string | null} topic
 * @property {string | null} summary
 * @property {string | null} team
 * @property {number} createdAt
 * @property {number} updatedAt
 * @property {number} lastSeq
 * @property {number} agentReadSeq
 */

/**
 * @param {unknown} value
 * @returns {MessageContext | null}
 */
export function parseContext(value) {
  if (typeof value !== 'string') return null;
  try {
    const parsed = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? /** @type {MessageContext} */ (parsed) : null;
  } catch {
    return null;
  }
}

/**
 * @param {any} row
 * @returns {StoredMessage}
 */
export function toMessage(row) {
  return {
    conversationId: row.conversation_id,
    seq: row.seq,
    id: row.id,
    from: row.sender,
    text: row.text,
    at: row.at,
    context: parseContext(row.context),
  };
}

/**
 * @param {any} row
 * @returns {ConversationRow}
 */
export function toConversation(row) {
  return {
    id: row.id,
    visitorId: row.visitor_id,
    page: row.page,
    title: row.title,
    topic: row.topic,
    summary: row.summary,
    team: row.team ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastSeq: row.last_seq,
    agentReadSeq: row.agent_read_seq,
  };
}

/** A request's optional fields, by kind: callback (phone, window), email (email, message). */
export const REQUEST_FIELDS = /** @type {const} */ (['phone', 'window', 'email', 'message']);

/**
 * A request row of either store. Times are numbers: SQLite gives them so, PostgreSQL's BIGINT comes as a string.
 * @param {any} row
 * @returns {import('../shared/frames.js').RequestItem}
 */
export function toRequest(row) {
  /** @type {import('../shared/frames.js').RequestItem} */
  const item = {
    id: row.id,
    visitorId: row.visitor_id,
    kind: row.kind,
    team: row.team,
    name: row.name,
    context: parseContext(row.context),
    createdAt: Number(row.created_at),
    doneAt: row.done_at === null || row.done_at === undefined ? null : Number(row.done_at),
  };
  for (const key of REQUEST_FIELDS) if (row[key] !== null) item[key] = row[key];
  return item;
}
