import { expect, test, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beActive, events, heedReady, offerCard, search } from './helpers';

// A site owner's per-site build, for real: `heed build` (packages/embed/bin/heed.mjs) run on a config
// in a temporary folder, its output served as a site would serve it, and a page carrying only the
// printed script tag. heed.js has the config compiled in: it fetches nothing before need, not even a
// config, and two failed searches still bring the offer, as with the generic build.

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const run = promisify(execFile);

/** The tab, under the label only this config gives it. */
const askUs = (page: Page) => page.locator('heed-help').getByRole('button', { name: 'Ask "us": ,null,', exact: true });

interface Server {
  url: string;
  close: () => Promise<void>;
}
let folder: string;
let server: Server;
let tag: string;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'heed-site-build-'));
  const config = {
    ...JSON.parse(readFileSync(repo('e2e/fixtures/offers/config.json'), 'utf8')),
    // Only in this config: seen on the page, the tab's label proves the config is compiled in
    // (quotes, a colon and a comma-null, which a careless rewrite of the JSON would mangle).
    ui: { label: 'Ask "us": ,null,' },
    signals: { search: { input: '#q', results: '#results', empty: '.no-results' }, disabled: ['rage-click', 'dead-click'] },
  };
  writeFileSync(join(folder, 'heed.config.json'), JSON.stringify(config));
  const { stdout } = await run(process.execPath, [repo('packages/embed/bin/heed.mjs'), 'build', 'heed.config.json', '--out', 'public/heed/'], { cwd: folder });
  tag = /<script async src="\/heed\/heed\.js"><\/script>/.exec(stdout)?.[0] ?? '';
  expect(tag, stdout).not.toBe('');
  // The search fixture, with the tag `heed build` printed instead of the generic one.
  const page = readFileSync(repo('e2e/fixtures/offers/search.html'), 'utf8').replace(/<script async src="\/heed\/heed\.js" data-config="[^"]*"><\/script>/, tag);
  expect(page).toContain(tag);
  writeFileSync(join(folder, 'public/search.html'), page.replaceAll('/offers/search.html', '/search.html'));
  const { startStaticServer } = (await import(pathToFileURL(repo('packages/tools/static-server.mjs')).href)) as {
    startStaticServer: (options: { mounts: Record<string, string> }) => Promise<Server>;
  };
  server = await startStaticServer({ mounts: { '/': join(folder, 'public') } });
});
test.afterAll(async () => {
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test('the page loads heed.js alone, shows the configured tab, and two failed searches bring one offer', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const problems: string[] = [];
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
  await page.clock.install();
  await page.goto(`${server.url}/search.html`);
  await heedReady(page);
  await expect(askUs(page)).toBeVisible();
  await beActive(page, 16);
  // Well past load, before any need: the page and heed.js, nothing else.
  expect(requests.filter((path) => path !== '/favicon.ico')).toEqual(['/search.html', '/heed/heed.js']);

  await search(page, 'laser tripod');
  await search(page, 'laser stand');
  await page.clock.runFor(2500);
  const dialog = offerCard(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName("Can't find “laser stand”?");
  expect(await events(page, 'offer')).toMatchObject([{ kind: 'nudge' }]);
  // Need brought the chunks: the policy, the panel, and once the config chunk (the keys only they read).
  const chunks = requests.filter((path) => path.startsWith('/heed/heed-'));
  expect(chunks.filter((path) => /^\/heed\/heed-config-[\w-]+\.js$/.test(path))).toHaveLength(1);
  expect(chunks.some((path) => /^\/heed\/heed-policy-/.test(path))).toBe(true);
  expect(chunks.some((path) => /^\/heed\/heed-panel-/.test(path))).toBe(true);
  expect(requests).not.toContain('/heed.config.json');
  expect(await events(page, 'error')).toEqual([]);
  expect(problems).toEqual([]);
});

test('the articles compiled into the config chunk reach the panel', async ({ page }) => {
  await page.goto(`${server.url}/search.html`);
  await heedReady(page);
  await askUs(page).click();
  const panel = page.locator('heed-help').getByRole('dialog');
  await panel.getByRole('button', { name: 'Browse help articles' }).click();
  await expect(panel.getByRole('link', { name: 'Finding the right tool' })).toHaveAttribute('href', /\/offers\/shop\.html$/);
});
