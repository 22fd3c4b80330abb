// The storage interface the relay works with, whichever engine is behind it (SQLite or
// PostgreSQL). Every operation is async so both fit; SQLite answers synchronously inside.

import type { ConversationRow, StoredMessage } from './rows.js';
import type { NewMessage, AppendResult } from './appendMessage.js';
import type { AgentAccount } from './accounts.js';
import type { ConversationItem, RequestItem, VisitorRequest } from '../shared/frames.js';

export type ConversationSummary = Omit<ConversationItem, 'visitorOnline'>;

/** What one relay instance tells the others about its online agents (Postgres only). */
export interface InstancePresence {
  agents: number;
  /** null: at least one of them answers every team */
  teams: string[] | null;
}

export interface RelayStore {
  kind: 'sqlite' | 'postgres';
  /** the file, or the server without its password */
  where: string;
  getConversation(id: string): Promise<ConversationRow | null>;
  summarize(conv: ConversationRow): Promise<ConversationSummary>;
  /** A conversation's summary by id (one query on Postgres), or null before its first message. */
  summaryOf(id: string): Promise<ConversationSummary | null>;
  latestForVisitor(visitorId: string): Promise<ConversationRow | null>;
  createConversation(id: string, visitorId: string, now: number): Promise<ConversationRow>;
  append(conversationId: string, input: NewMessage): Promise<AppendResult>;
  messagesAfter(conversationId: string, afterSeq: number): Promise<StoredMessage[]>;
  markRead(conversationId: string, seq: number): Promise<void>;
  listConversations(limit?: number): Promise<ConversationSummary[]>;
  changedSince(since: number): Promise<Array<{ id: string; lastSeq: number; seqBefore: number }>>;
  /** The last seq of a conversation stored before a time (0 if none). */
  seqBefore(conversationId: string, at: number): Promise<number>;
  addRequest(visitorId: string, request: VisitorRequest, now: number): Promise<{ item: RequestItem; duplicate: boolean }>;
  getRequest(id: string): Promise<RequestItem | null>;
  listRequests(limit?: number): Promise<RequestItem[]>;
  markDone(id: string, done: boolean, now: number): Promise<RequestItem | null>;
  putAgent(agent: { name: string; password: string; teams: string[] }, now: number): Promise<void>;
  removeAgent(name: string): Promise<boolean>;
  findAgent(name: string): Promise<AgentAccount | null>;
  listAgents(): Promise<AgentAccount[]>;
  countAgents(): Promise<number>;
  createSession(id: string, agent: string, now: number, expiresAt: number): Promise<void>;
  sessionAgent(id: string, now: number): Promise<AgentAccount | null>;
  endSession(id: string): Promise<void>;
  /** Throws when the storage cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface PgStore extends RelayStore {
  kind: 'postgres';
  /** the connection string, for the fan-out's listener connection */
  url: string;
  putPresence(instance: string, presence: InstancePresence, expiresAt: number): Promise<void>;
  readPresence(now: number): Promise<Array<InstancePresence & { instance: string }>>;
  dropPresence(instance: string): Promise<void>;
  notify(channel: string, payload: string): Promise<void>;
}
