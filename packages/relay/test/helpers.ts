// Test helpers: a real relay on 127.0.0.1:0 with a temporary database, and a
// WebSocket client that queues frames so tests can wait for them (bounded).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { WebSocket } from 'ws';
import { startRelay, type RelayHandle, type RelayOptions } from '../src/index.js';

// Bounded waits below are 4 s each; give a whole test room for several on a busy CI machine.
vi.setConfig({ testTimeout: 20_000, hookTimeout: 20_000 });

export const TOKEN = 'test-agent-token';
export const WAIT_MS = 4000;

// Frames are inspected loosely in tests; the relay validates the real thing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Frame = Record<string, any> & { type: string };

const tempDirs: string[] = [];

export function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'heed-relay-test-'));
  tempDirs.push(dir);
  return join(dir, 'relay.sqlite');
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function start(options: RelayOptions = {}): Promise<RelayHandle> {
  return startRelay({ port: 0, db: tempDb(), token: TOKEN, log: false, ...options });
}

/** What the console offers: `heed.agent` and the token as `heed.token.<base64url>`. */
export function agentProtocols(token: string): string[] {
  return ['heed.agent', `heed.token.${Buffer.from(token, 'utf8').toString('base64url')}`];
}

export class Client {
  readonly ws: WebSocket;
  readonly frames: Frame[] = [];
  private waiters: Array<{ match: (f: Frame) => boolean; resolve: (f: Frame) => void }> = [];
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as Frame;
      const i = this.waiters.findIndex((w) => w.match(frame));
      if (i >= 0) {
        const [w] = this.waiters.splice(i, 1);
        w.resolve(frame);
      } else {
        this.frames.push(frame);
      }
    });
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
  }

  /** Open a socket; rejects with the HTTP status when the upgrade is refused. */
  static connect(
    url: string,
    options: { origin?: string; protocols?: string[]; host?: string; headers?: Record<string, string> } = {},
  ): Promise<Client> {
    return new Promise((resolve, reject) => {
      const headers = options.host || options.headers ? { ...options.headers, ...(options.host ? { host: options.host } : {}) } : undefined;
      const ws = new WebSocket(url, options.protocols ?? [], {
        ...(options.origin ? { origin: options.origin } : {}),
        ...(headers ? { headers } : {}),
      });
      const client = new Client(ws);
      ws.once('open', () => resolve(client));
      ws.once('unexpected-response', (_req, res) => {
        reject(Object.assign(new Error(`upgrade refused: ${res.statusCode}`), { status: res.statusCode }));
        ws.terminate();
      });
      ws.once('error', reject);
    });
  }

  static visitor(relay: RelayHandle, options: { origin?: string } = {}): Promise<Client> {
    return Client.connect(`${relay.wsUrl}/visitor`, options);
  }

  /** An agent socket, already past its initial `conversations` and `presence` frames. */
  static async agent(relay: RelayHandle, token = TOKEN): Promise<{ agent: Client; conversations: Frame }> {
    const agent = await Client.agentSocket(relay, token);
    const conversations = await agent.next('conversations');
    await agent.next('presence');
    return { agent, conversations };
  }

  /** An agent socket carrying `token` the way the console does (Sec-WebSocket-Protocol). */
  static agentSocket(relay: RelayHandle, token = TOKEN, options: { origin?: string; host?: string } = {}): Promise<Client> {
    return Client.connect(`${relay.wsUrl}/agent`, { ...options, protocols: agentProtocols(token) });
  }

  send(frame: object): void {
    this.ws.send(JSON.stringify(frame));
  }

  sendRaw(data: string | Buffer): void {
    this.ws.send(data);
  }

  /** The next frame of this type (and matching `where`), waiting at most `ms`. */
  next(type: string, where: (f: Frame) => boolean = () => true, ms = WAIT_MS): Promise<Frame> {
    return this.nextMatching((f) => f.type === type && where(f), `"${type}" frame`, ms);
  }

  /** The next frame matching a predicate, waiting at most `ms`. */
  nextMatching(match: (f: Frame) => boolean, what = 'matching frame', ms = WAIT_MS): Promise<Frame> {
    const i = this.frames.findIndex(match);
    if (i >= 0) return Promise.resolve(this.frames.splice(i, 1)[0]);
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (f: Frame) => {
          clearTimeout(timer);
          resolve(f);
        },
      };
      const timer = setTimeout(() => {
        const at = this.waiters.indexOf(waiter);
        if (at >= 0) this.waiters.splice(at, 1);
        reject(new Error(`no ${what} within ${ms} ms; queued: ${JSON.stringify(this.frames).slice(0, 2000)}`));
      }, ms);
      this.waiters.push(waiter);
    });
  }

  /** Remove and return every queued frame of a type. */
  take(type: string): Frame[] {
    const out = this.frames.filter((f) => f.type === type);
    for (const f of out) this.frames.splice(this.frames.indexOf(f), 1);
    return out;
  }

  /** Say hello and wait for the welcome. */
  async hello(visitorId: string, extra: { conversationId?: string; lastSeq?: number } = {}): Promise<Frame> {
    this.send({ type: 'hello', visitorId, ...extra });
    return this.next('welcome');
  }

  async close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    this.ws.close();
    await this.closed;
  }

  /** Drop the TCP connection without a close handshake, like a lost network. */
  async drop(): Promise<void> {
    this.ws.terminate();
    await this.closed;
  }
}

export function waitFor<T>(promise: Promise<T>, ms = WAIT_MS, what = 'event'): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)),
  ]);
}
