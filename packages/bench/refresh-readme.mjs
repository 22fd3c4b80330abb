// Rewrites the benchmark blocks of the repository README from packages/bench/results/*.json:
// only the text between `<!-- bench-personas:start -->` / `<!-- bench-personas:end -->` and
// `<!-- bench-perf:start -->` / `<!-- bench-perf:end -->` changes. `node packages/bench/refresh-readme.mjs`
// refreshes both from the last results; the benchmarks call it after a run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { bench, markdownTable, repo } from './lib.mjs';

const BLOCKS = {
  personas: ['<!-- bench-personas:start -->', '<!-- bench-personas:end -->'],
  perf: ['<!-- bench-perf:start -->', '<!-- bench-perf:end -->'],
};

const day = (iso) => iso.slice(0, 10);

async function personasBlock() {
  const path = bench('results/personas.json');
  if (!existsSync(path)) return undefined;
  const data = JSON.parse(readFileSync(path, 'utf8'));
  const { POLICIES, TABLE_HEADER, tableRows } = await import(pathToFileURL(bench('personas.mjs')).href);
  const rows = Object.fromEntries(data.policies.map((p) => [p.policy, { ...p, delays: p.delaysMs, perPersona: {} }]));
  const strugglers = data.personas.filter((p) => p.needsHelp).length;
  const perPersona = data.personas.map((p) => [
    `${p.needsHelp ? '✱ ' : ''}${p.name}`,
    p.needsHelp ? `${p.onsetSeconds} s` : '',
    ...POLICIES.map(({ id }) => (p.offersSeconds[id].length ? p.offersSeconds[id].map((t) => Math.round(t)).join(', ') : '–')),
  ]);
  return [
    `_\`pnpm bench:personas\`, ${day(data.generated)}: ${data.personas.length} scripted visitors on the demo shop, ${strugglers} of whom need help (✱). Heed runs for real with the demo config; the baselines are computed from the same visitors' timelines. Method and personas: [packages/bench/README.md](packages/bench/README.md)._`,
    '',
    markdownTable(TABLE_HEADER, tableRows(rows)),
    '',
    `Recall counts strugglers offered help within ${data.method.recallWindowSeconds} s of their onset; the CI check (\`pnpm bench:personas:ci\`) holds the Heed row to 0 unwanted interruptions, ≥ 90 % recall, 0 offers in the first 15 s and 0 offers after a dismissal.`,
    '',
    '<details><summary>Offer times per persona (seconds after the first page load)</summary>',
    '',
    markdownTable(['persona', 'onset', ...POLICIES.map((p) => p.label)], perPersona),
    '',
    '</details>',
  ].join('\n');
}

async function perfBlock() {
  const path = bench('results/perf.json');
  if (!existsSync(path)) return undefined;
  const data = JSON.parse(readFileSync(path, 'utf8'));
  const perf = await import(pathToFileURL(bench('perf.mjs')).href);
  return [
    `_\`pnpm bench:perf\`, ${day(data.generated)}, Chromium ${data.machine.chromium}, ${data.machine.cpus} cores; medians of ${data.mainThread.runsPerVariant} alternating page loads per variant. Absolute figures drift ~30 % between runs; ratios within a run hold. Method: [packages/bench/README.md](packages/bench/README.md)._`,
    '',
    markdownTable(perf.BUDGET_HEADER, perf.budgetRows(data)),
    '',
    `Main-thread cost of a page load of \`${data.mainThread.page}\`, measured once the page has loaded and again after a scripted interaction (Δ = median minus the page without any script):`,
    '',
    markdownTable(perf.MAIN_HEADER, perf.mainThreadRows(data)),
    '',
    `Requests beyond the script file — Heed per-site: ${data.mainThread.byVariant.heed.requestPaths.map((p) => `\`${p}\``).join(', ') || 'none'}; Heed generic: ${data.mainThread.byVariant.generic?.requestPaths.map((p) => `\`${p}\``).join(', ') || 'none'}; posthog-js: ${data.mainThread.byVariant.posthog.requestPaths.map((p) => `\`${p}\``).join(', ')}.`,
    '',
    `Offer latency on the real clock, deciding signal → offer card visible: ${perf.latencyLine(data)}.`,
    '',
    markdownTable(perf.STRESS_HEADER, perf.stressRows(data)),
    '',
    'Sizes (every Heed file, then Heed groups, then peers):',
    '',
    markdownTable(perf.SIZE_HEADER, perf.sizeRows(data)),
    '',
    markdownTable(perf.RATIO_HEADER, perf.ratioRows(data)),
    '',
    ...data.sizes.notes.map((note) => `- ${note}`),
  ].join('\n');
}

/** Replaces the chosen blocks (default both) in README.md; a block whose results are missing stays as it is. */
export async function refreshReadme(which = { personas: true, perf: true }) {
  const file = repo('README.md');
  let readme = readFileSync(file, 'utf8');
  for (const [name, build] of [
    ['personas', personasBlock],
    ['perf', perfBlock],
  ]) {
    if (!which[name]) continue;
    const [START, END] = BLOCKS[name];
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    if (start < 0 || end < start) {
      console.warn(`refresh-readme: README.md has no ${START} … ${END} block`);
      continue;
    }
    const body = await build();
    if (body === undefined) continue;
    readme = `${readme.slice(0, start)}${START}\n\n${body}\n\n${readme.slice(end)}`;
  }
  writeFileSync(file, readme);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await refreshReadme();
}
