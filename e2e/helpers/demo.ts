import { beActive } from './visitor';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';

/**
 * Helpers for the demo-* specs: they walk the real demo shop (demo-site/public), served the way
 * `pnpm demo` serves it (packages/tools/demo.mjs), on a port of its own. Run `pnpm build` first.
 */

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export interface DemoServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * `buildDemo()` once per test run. Every worker runs the demo specs' `beforeAll`, and a build
 * empties public/account/dist/ before it writes it again, which would pull the account app's
 * chunks from under a test running in another worker. So workers take turns (a lock folder), and
 * the first build of a run leaves a marker, named after the Playwright runner (the workers' parent
 * process), that tells the others the build is done.
 */
async function buildDemoOnce(): Promise<void> {
  const { buildDemo } = (await import(pathToFileURL(here('../../demo-site/build.mjs')).href)) as {
    buildDemo: (options?: { quiet?: boolean }) => Promise<unknown>;
  };
  const lock = join(tmpdir(), 'heed-demo-e2e-build.lock');
  const marker = here(`../../demo-site/public/account/dist/.built-for-run-${process.ppid}`);
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left behind by a killed run is stale after a minute.
      if (waited > 60_000) {
        rmSync(lock, { recursive: true, force: true });
        waited = 0;
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  try {
    if (!existsSync(marker)) {
      await buildDemo({ quiet: true });
      writeFileSync(marker, '');
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds the shop's per-site heed.js and the account app (once per run) and serves the shop like
 * packages/tools/demo.mjs, on a free port. `heed: 'generic'` serves its pages with the generic build
 * instead (heed.js fetching /heed.config.json: a spec that rewrites the config on the way needs it).
 */
export async function startDemo({ heed = 'site' }: { heed?: 'site' | 'generic' } = {}): Promise<DemoServer> {
  const { startDemoServer } = (await import(pathToFileURL(here('../../packages/tools/demo-server.mjs')).href)) as {
    startDemoServer: (options: { heed: 'site' | 'generic' }) => Promise<DemoServer>;
  };
  await buildDemoOnce();
  return startDemoServer({ heed });
}

/**
 * Answers the demo relay's `GET /presence` (nobody online) for this page: these tests serve the shop
 * without the relay, and a refused connection would show in the console as a failed request.
 */
export const answerPresence = (page: Page) =>
  page.route(/^http:\/\/127\.0\.0\.1:8787\/presence$/, (route) => route.fulfill({ json: { online: false, agents: 0 }, headers: { 'access-control-allow-origin': '*' } }));

const EVENTS = ['signal', 'need', 'offer', 'suppress', 'dismiss', 'accept', 'open', 'close', 'error', 'page'];

/**
 * Records Heed's events through the documented pre-load queue: before any page script runs,
 * `window.heed = []` gets `['on', name, fn]` for each event, which heed.js replays when it starts.
 * `window.__events` holds everything this tab recorded, across page loads (kept in
 * sessionStorage under `demo:events`). `window.__ready` turns true on `heed:ready`.
 * The account app (npm packages) replays the same queue when it assigns `window.heed`.
 */
export async function recordHeedEvents(page: Page): Promise<void> {
  await page.addInitScript((names: string[]) => {
    const w = window as unknown as { heed: unknown; __events: unknown[]; __ready: boolean };
    let saved: unknown[] = [];
    try {
      saved = JSON.parse(sessionStorage.getItem('demo:events') || '[]');
    } catch {
      saved = [];
    }
    w.__events = saved;
    w.__ready = false;
    const record = (name: string) => (payload: unknown) => {
      w.__events.push({ name, page: location.pathname + location.search, payload: JSON.parse(JSON.stringify(payload ?? {})) });
      try {
        sessionStorage.setItem('demo:events', JSON.stringify(w.__events));
      } catch {
        // storage full or blocked: window.__events still has it
      }
    };
    w.heed = names.map((name) => ['on', name, record(name)]);
    addEventListener('heed:ready', () => (w.__ready = true));
  }, EVENTS);
}

/** An active visitor on the demo shop: the pointer stays in the middle of its wide layout, where the demo specs have always kept it. */
export const beActiveOnDemo = (page: Page, seconds: number): Promise<void> => beActive(page, seconds, { x: 640, y: 500 });
