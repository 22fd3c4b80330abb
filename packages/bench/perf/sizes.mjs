// Sizes of Heed's files (raw, gzip -9, brotli -q 11) next to peers installed from npm.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bench, repo, round } from '../lib.mjs';

const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const measure = (files) => {
  const bufs = files.map((file) => readFileSync(file));
  const sum = (fn) => bufs.reduce((total, buf) => total + fn(buf), 0);
  return { raw: sum((b) => b.length), gzip: sum((b) => gzipSync(b, { level: 9 }).length), brotli: sum(brotli) };
};
export const pkg = (name, path = '') => bench(`node_modules/${name}/${path}`);
const version = (name) => JSON.parse(readFileSync(pkg(name, 'package.json'), 'utf8')).version;

export function sizes() {
  const dist = repo('packages/embed/dist');
  const heedFiles = readdirSync(dist).filter((f) => f.endsWith('.js')).sort();
  const at = (f) => join(dist, f);
  const find = (re) => heedFiles.filter((f) => re.test(f)).map(at);
  const heed = heedFiles.map((file) => ({ name: file, ...measure([at(file)]) }));
  const heedGroups = [
    { name: 'heed.js (entry, on every page)', ...measure([at('heed.js')]) },
    { name: 'Heed on first need (entry + policy + panel)', ...measure([at('heed.js'), ...find(/^heed-(policy|panel)-/)]) },
    { name: 'Heed, every file', ...measure(heedFiles.map(at)) },
  ];
  const peers = [];
  peers.push({ name: `posthog-js ${version('posthog-js')} dist/array.js`, ...measure([pkg('posthog-js', 'dist/array.js')]) });
  peers.push({ name: `web-vitals ${version('web-vitals')} dist/web-vitals.iife.js`, ...measure([pkg('web-vitals', 'dist/web-vitals.iife.js')]) });
  const notes = [];
  const rc = pkg('@rocket.chat/livechat', 'build');
  if (existsSync(rc)) {
    const rcVersion = version('@rocket.chat/livechat');
    const loader = join(rc, 'rocketchat-livechat.min.js');
    // The widget itself runs in an iframe whose index.html loads these scripts up front.
    const app = [...readFileSync(join(rc, 'index.html'), 'utf8').matchAll(/<script src="(?:livechat\/)?([^"]+)"/g)].map((m) => join(rc, m[1]));
    peers.push({ name: `Rocket.Chat Livechat ${rcVersion} loader (host page)`, ...measure([loader]) });
    peers.push({ name: `Rocket.Chat Livechat ${rcVersion} loader + widget iframe (eager)`, ...measure([loader, ...app]) });
    notes.push(`Rocket.Chat Livechat from npm (@rocket.chat/livechat ${rcVersion}, its /build folder, published 2022): the host-page loader, and the loader plus the scripts the widget's iframe loads up front (${app.length} files); lazily loaded route chunks are not counted.`);
  } else {
    notes.push('Rocket.Chat Livechat skipped: @rocket.chat/livechat is not installed.');
  }
  const ratios = peers.map((peer) => ({
    peer: peer.name,
    entryBrotli: round(heedGroups[0].brotli / peer.brotli, 3),
    firstNeedBrotli: round(heedGroups[1].brotli / peer.brotli, 3),
    entryGzip: round(heedGroups[0].gzip / peer.gzip, 3),
  }));
  // The demo shop's per-site heed.js and config chunk (`heed build`, written by buildDemo()).
  const siteDir = repo('demo-site/dist/heed');
  const site = existsSync(siteDir) ? readdirSync(siteDir).filter((f) => /^heed(-config-.*)?\.js$/.test(f)).map((file) => ({ name: file, ...measure([join(siteDir, file)]) })) : [];
  return { heed, heedGroups, site, peers, ratios, notes };
}
