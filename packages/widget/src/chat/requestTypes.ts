import type { VisitorRequest } from '../../../relay/src/shared/frames.js';

export type { VisitorRequest };

/**
 * A callback or email request waiting in the `heed-requests` outbox until it is acknowledged:
 * by the relay (`request-ack`), or by the team's `requestUrl` answering 2xx.
 */
export interface PendingRequest extends VisitorRequest {
  /** `Date.now()` when the visitor sent it. */
  at: number;
  /** The team's `requestUrl`: POSTed there instead of the relay. */
  url?: string;
}

/** The request as it goes on the wire (relay frame or POST body): without the outbox's own fields. */
export const wireRequest = ({ at: _at, url: _url, ...request }: PendingRequest): VisitorRequest => request;
