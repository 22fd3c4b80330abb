// Fan-out across relay instances: what one instance tells the others. Only ids and small
// states travel (Postgres NOTIFY payloads stay far below their 8,000-byte limit); receivers read
// the rows themselves.

export type BusEvent =
  /** a message was stored: conversation c now holds seq s */
  | { k: 'm'; c: string; s: number }
  /** a conversation changed otherwise (read mark, visitor came or went) */
  | { k: 'c'; c: string }
  /** a request was added or marked done */
  | { k: 'r'; r: string }
  /** typing in conversation c, for its agents ('a') or its visitors ('v') */
  | { k: 't'; c: string; on: boolean; to: 'a' | 'v' }
  /** an instance's online agents changed */
  | { k: 'p' };

/** What a receiver hears: another instance's event, or "catch up on what changed since". */
export type BusMessage = BusEvent | { k: 'resync'; since: number };

export interface BusHealth {
  kind: 'local' | 'postgres';
  listening: boolean;
  reconnects: number;
  lastError: string | null;
}

export interface Bus {
  kind: 'local' | 'postgres';
  /** Tells the other instances (a no-op with one process). Never throws. */
  publish(event: BusEvent): void;
  health(): BusHealth;
  close(): Promise<void>;
}
