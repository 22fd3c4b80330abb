import type { ErrorFrame, VisitorClientFrame } from '../../../relay/src/shared/frames.js';
import type { Outbox } from './outbox.js';
import { wireRequest, type PendingRequest } from './requestTypes.js';
import type { Later } from './timers.js';

/** Callback and email requests bound for the relay, from the outbox to the relay's `request-ack`. */
export interface RelayRequests {
  /** Reads the outbox; resolves to whether it holds anything (for any destination). */
  load(): Promise<boolean>;
  /** The relay said `welcome`: send every unacknowledged request again, with its own id. */
  welcomed(): void;
  add(item: PendingRequest): void;
  /** The relay stored it: it leaves the outbox. False for an id this page did not send. */
  acked(id: string): boolean;
  /** The relay refused a request; true when it was one of ours. */
  refused(error: ErrorFrame): boolean;
  /** Ids not acknowledged yet. */
  waiting(): string[];
  /** Ids the relay refused for good. */
  failed(): string[];
}

export interface RelayRequestsOptions {
  outbox: Outbox<PendingRequest>;
  /** Queues a frame for the socket (sent only between `welcome` and the next drop). */
  frame(frame: VisitorClientFrame): void;
  ready(): boolean;
  later: Later;
}

/** Resending a request the relay could not take for now (rate-limited, internal). */
const RETRY_MS = 1500;

export function createRelayRequests({ outbox, frame, ready, later }: RelayRequestsOptions): RelayRequests {
  const pending = new Map<string, PendingRequest>();
  const failed = new Set<string>();
  const send = (item: PendingRequest) => ready() && frame({ type: 'request', ...wireRequest(item) });
  return {
    async load() {
      const items = await outbox.list();
      // Requests for a team's own requestUrl are posted elsewhere (postRequests.ts).
      for (const item of items) if (!item.url) pending.set(item.id, item);
      return items.length > 0;
    },
    welcomed: () => pending.forEach(send),
    add(item) {
      pending.set(item.id, item);
      // The outbox write and the socket race on purpose: whichever lands, the id makes it once.
      // A failed write leaves the request in memory: this page still sends it.
      outbox.put(item).catch(() => {});
      send(item);
    },
    acked(id) {
      if (!pending.delete(id)) return false;
      outbox.remove(id).catch(() => {});
      return true;
    },
    refused(error) {
      const item = error.id === undefined ? undefined : pending.get(error.id);
      if (!item) return false;
      if (error.code === 'too-large' || error.code === 'bad-frame') {
        // Refused for good: resending would be refused again.
        pending.delete(item.id);
        failed.add(item.id);
        outbox.remove(item.id).catch(() => {});
      } else later(() => pending.has(item.id) && send(item), RETRY_MS);
      return true;
    },
    waiting: () => [...pending.keys()],
    failed: () => [...failed],
  };
}
