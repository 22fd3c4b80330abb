import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { bundleWithEsbuild, bundleWithVite, createFreshApp, packPackages, type Bundle } from '../../packages/tools/fresh-app.mjs';
import { startStaticServer } from '../../packages/tools/static-server.mjs';
import { helpTab, offerCard } from './helpers';

// A site owner's single-page app, made outside this repository, that installs @heed/core and
// @heed/widget with npm — from the packed tarballs, and from the package folders of a checkout —
// and bundles them for production with esbuild or Vite. Each build must hold one copy of core,
// show the Help tab and make an offer after two failed searches, with no warning and no error.
// (Installing from the folders once bundled core's sources next to its dist: issue #11, item 12.)

const repo = fileURLToPath(new URL('../..', import.meta.url));
const routes = {
  tarballs: async (dir: string) => createFreshApp(dir, await packPackages(join(dir, '..', 'tarballs'))),
  folders: (dir: string) => createFreshApp(dir, ['core', 'widget'].map((name) => join(repo, 'packages', name))),
};
const bundlers = { esbuild: bundleWithEsbuild, vite: bundleWithVite };

// One worker builds the apps once (beforeAll) and runs the four tests in order.
test.describe.configure({ mode: 'default' });

let work: string;
const builds = new Map<string, Bundle>();
const servers: Array<{ url: string; close: () => Promise<void> }> = [];

test.beforeAll(async () => {
  // npm install (registry), pnpm pack and four production bundles.
  const started = Date.now();
  test.setTimeout(180_000);
  work = mkdtempSync(join(tmpdir(), 'heed-fresh-app-'));
  await Promise.all(
    Object.entries(routes).map(async ([route, install]) => {
      const dir = join(work, route, 'app');
      await install(dir);
      // One bundler at a time per app: each writes its own folder, but both read the app's files.
      for (const [bundler, bundle] of Object.entries(bundlers)) builds.set(`${route}/${bundler}`, await bundle(dir));
    }),
  );
  console.log(`fresh apps: installed and bundled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Serves one build at its own origin and opens it; returns what the page reported. */
async function openBuild(page: Page, name: string) {
  const build = builds.get(name)!;
  const server = await startStaticServer({ mounts: { '/': build.outDir } });
  servers.push(server);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  await page.goto(`${server.url}/`);
  return { build, problems };
}

for (const route of Object.keys(routes)) {
  for (const bundler of Object.keys(bundlers)) {
    test(`installed from the ${route}, bundled with ${bundler}: the tab shows and two failed searches bring an offer`, async ({ page }) => {
      const { build, problems } = await openBuild(page, `${route}/${bundler}`);
      await expect(helpTab(page)).toBeVisible();
      await page.waitForFunction(() => (window as unknown as { app?: { heed: { ready: Promise<unknown> } } }).app?.heed.ready);
      await page.evaluate(async () => {
        const { heed } = (window as unknown as { app: { heed: { ready: Promise<unknown>; signal(type: string, detail?: object): void } } }).app;
        await heed.ready;
        heed.signal('search-failure', { query: 'laser tripod' });
        heed.signal('search-failure', { query: 'tripod for laser' });
      });
      await expect(offerCard(page)).toBeVisible();
      // The offer event follows the card on screen (it is emitted once the card is seen).
      await expect.poll(() => page.evaluate(() => (window as unknown as { app: { offers: unknown[] } }).app.offers.length)).toBe(1);
      expect(problems).toEqual([]);
      expect(build.warnings, `${bundler} warnings`).toEqual([]);
    });
  }
}
