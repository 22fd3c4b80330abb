import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RelayHandle } from '../src/index.js';
import { startRelay as implementation } from '../src/relay.js';
import type { startRelay as declared } from '../src/index.js';
import { removeTempDirs, start } from './helpers.js';

// Compile-time check that the implementation matches the published declaration.
const sameShape: typeof declared = implementation;
void sameShape;

let relay: RelayHandle;
beforeAll(async () => {
  relay = await start({ origins: 'http://localhost:*' });
});
afterAll(async () => {
  await relay.close();
  removeTempDirs();
});

describe('HTTP endpoints', () => {
  it('binds loopback on a free port and answers GET /health', async () => {
    expect(relay.host).toBe('127.0.0.1');
    expect(relay.port).toBeGreaterThan(0);
    expect(relay.url).toBe(`http://127.0.0.1:${relay.port}`);
    const res = await fetch(`${relay.url}/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it('serves the agent console with labelled controls and a strict CSP', async () => {
    const res = await fetch(`${relay.url}/console`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<label for="reply">Reply</label>');
    expect(html).toMatch(/<input type="checkbox" id="online"[^>]*>\s*<span>Online<\/span>/);
    expect(html).toContain('id="conversations"');
    expect(html).toContain('aria-live="polite"');
    const js = await fetch(`${relay.url}/console/console.js`);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(await js.text()).toContain("new WebSocket(");
    expect((await fetch(`${relay.url}/console/console.css`)).status).toBe(200);
    const root = await fetch(`${relay.url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/console');
  });

  it('answers presence with CORS only for allowed origins', async () => {
    const allowed = await fetch(`${relay.url}/presence`, { headers: { origin: 'http://localhost:5173' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(await allowed.json()).toEqual({ online: false, agents: 0 });
    const other = await fetch(`${relay.url}/presence`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('returns 404 and 405 for anything else', async () => {
    expect((await fetch(`${relay.url}/nope`)).status).toBe(404);
    expect((await fetch(`${relay.url}/health`, { method: 'POST' })).status).toBe(405);
  });

  it('fails to start on a port that is taken, without leaking the database', async () => {
    await expect(start({ port: relay.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
