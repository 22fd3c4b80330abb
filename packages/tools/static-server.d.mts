// Types of static-server.mjs, for the e2e specs that use it.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
  server: Server;
}
export function startStaticServer(options: {
  port?: number;
  host?: string;
  mounts: Record<string, string>;
  routes?: Array<(req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>>;
  spaFallbacks?: Record<string, string>;
}): Promise<StaticServer>;
