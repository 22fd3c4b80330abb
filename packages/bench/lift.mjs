// The persona benchmark's lift run (`node packages/bench/personas.mjs --lift`, README "Measuring
// lift"): every persona twice, once in each group of a holdout experiment on the demo shop, with
// goals added to its config; their events go to results/events.jsonl, one JSON object per line in
// the shape `heed lift` reads, and the report is printed. Scripted personas are not real visitors:
// this shows the loop end to end, it measures nothing about real shoppers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkConfig } from '../embed/build/checkConfig.mjs';
import { buildSite } from '../embed/build/siteBuild.mjs';
import { formatReport, liftReport } from '../embed/lift/report.mjs';
import { bench, pool, repo } from './lib.mjs';

/** The demo shop's goals for the run: an order placed, and a cart looked at. */
export const GOALS = [
  { name: 'purchase', match: '/checkout/thanks.html' },
  { name: 'cart', match: '/cart.html' },
];

/** What the run keeps of each persona's log: the events a site's analytics would receive, and high need. */
const KEPT = ['offer', 'suppress', 'accept', 'dismiss', 'goal'];

/**
 * The demo shop's per-site heed.js (`heed build`) of its config with a holdout share and the goals,
 * into a temporary folder: the run serves it (and its config chunk) in place of the shop's own.
 */
async function buildLiftHeed() {
  const config = JSON.parse(readFileSync(repo('demo-site/public/heed.config.json'), 'utf8'));
  const { resolved, problems } = checkConfig({ ...config, policy: { ...config.policy, holdout: 0.5 }, goals: GOALS });
  if (problems.length) throw new Error(`lift config: ${JSON.stringify(problems)}`);
  const out = mkdtempSync(join(tmpdir(), 'heed-lift-'));
  await buildSite(resolved, out);
  return out;
}

/** That heed.js on every page, and the device's draw forced into `group`. */
const prepareFor = (out, group) => async (context) => {
  await context.route(/\/heed\/heed(-config-[\w-]+)?\.js$/, (route) => route.fulfill({ path: join(out, basename(new URL(route.request().url()).pathname)) }));
  // The draw the debug overlay writes to force a group (lift/groupOf.ts): holdout at any share, or heed.
  await context.addInitScript((draw) => localStorage.setItem('heed-draw', draw), group === 'holdout' ? '-1' : '1');
};

/** Runs each persona in both groups (two at a time); returns the JSONL lines. */
export async function liftRun(personas, runPersona) {
  const out = await buildLiftHeed();
  const jobs = personas.flatMap((persona) => ['heed', 'holdout'].map((group) => () => runPersona(persona, prepareFor(out, group)).then((run) => ({ run, group }))));
  const lines = [];
  const runs = await pool(jobs, 2).finally(() => rmSync(out, { recursive: true, force: true }));
  for (const { run, group } of runs) {
    if (run.error) console.error(`persona "${run.name}" (${group}) failed to run:\n${run.error}`);
    const session = `${run.name} [${group}]`;
    // One line per session, as an analytics export's session table gives: sessions without a single
    // Heed event (no struggle, no goal) count in the denominators too.
    lines.push(JSON.stringify({ session, event: 'session', group: run.log.find((entry) => entry.payload?.group)?.payload.group ?? group }));
    for (const { name, payload, t } of run.log) {
      const high = name === 'need' && payload.level === 'high';
      if (!KEPT.includes(name) && !high) continue;
      const { rule, kind, how, level, group: stamped } = payload;
      lines.push(JSON.stringify({ session, event: name, group: stamped, t, rule, kind, how, level, goal: name === 'goal' ? payload.name : undefined }));
    }
  }
  return lines;
}

/** Writes results/events.jsonl and prints the lift report on it. */
export function writeLift(lines) {
  const file = bench('results/events.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`\nWrote ${lines.length} events to packages/bench/results/events.jsonl. heed lift on it:\n`);
  console.log(formatReport(liftReport(lines.join('\n'))));
  console.log('\n(Scripted personas, not real visitors: this shows the loop, it measures nothing about shoppers.)');
}
