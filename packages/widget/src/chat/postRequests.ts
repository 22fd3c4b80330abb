import { backoffDelay } from './backoff.js';
import type { Outbox } from './outbox.js';
import { wireRequest, type PendingRequest } from './requestTypes.js';

export interface RequestPoster {
  /** Posts every request in the outbox bound for a `requestUrl` that is not on its way already. */
  kick(): Promise<void>;
  /** Whether this page still has a request for a `requestUrl` that was not accepted. */
  waiting(): boolean;
  /** Calls `listener` after each request accepted (2xx); returns the unsubscribe function. */
  onDelivered(listener: (id: string) => void): () => void;
  close(): void;
}

export interface RequestPosterOptions {
  outbox: Outbox<PendingRequest>;
  /** Every request left the outbox: the pending hint may be cleared. */
  settled(): void;
  report(error: unknown): void;
}

/** Refusals that will not change on a retry: the receiver does not want this request. */
const refusedForGood = (status: number) => status >= 400 && status < 500 && status !== 408 && status !== 429;

/**
 * Requests for a team's own `requestUrl`: a POST of JSON with the request's client id. A 2xx is
 * final: the id is remembered at once, so this page never posts it again even if the outbox write
 * fails (and the receiver can dedup by id anyway). A network failure or a 5xx retries with backoff
 * and at once when the browser is back online; a lasting 4xx is reported and the request dropped.
 */
export function createRequestPoster({ outbox, settled, report }: RequestPosterOptions): RequestPoster {
  const accepted = new Set<string>();
  const inFlight = new Set<string>();
  const listeners = new Set<(id: string) => void>();
  const unsent = new Set<string>();
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const post = async (item: PendingRequest) => {
    inFlight.add(item.id);
    try {
      const response = await fetch(item.url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(wireRequest(item)),
        keepalive: true,
        credentials: 'omit',
      });
      if (response.ok || refusedForGood(response.status)) {
        accepted.add(item.id);
        unsent.delete(item.id);
        if (!response.ok) report(new Error(`the request endpoint ${item.url} refused a request (HTTP ${response.status})`));
        await outbox.remove(item.id).catch(() => {});
        if (response.ok) listeners.forEach((listener) => listener(item.id));
        return true;
      }
    } catch {
      // Offline, or the endpoint is unreachable: try again.
    } finally {
      inFlight.delete(item.id);
    }
    return false;
  };

  const kick = async () => {
    if (closed) return;
    clearTimeout(timer);
    const items = (await outbox.list().catch(() => [] as PendingRequest[])).filter((item) => item.url && !accepted.has(item.id) && !inFlight.has(item.id));
    items.forEach((item) => unsent.add(item.id));
    const results = await Promise.all(items.map(post));
    if (results.every(Boolean)) {
      attempt = 0;
      if (!unsent.size) settled();
    } else if (!closed && navigator.onLine !== false) timer = setTimeout(() => void kick(), backoffDelay(attempt++));
  };
  const online = () => {
    attempt = 0;
    void kick();
  };
  addEventListener('online', online);

  return {
    kick,
    waiting: () => unsent.size > 0,
    onDelivered(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      clearTimeout(timer);
      removeEventListener('online', online);
      listeners.clear();
    },
  };
}
