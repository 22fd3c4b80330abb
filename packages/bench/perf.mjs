// Performance benchmark (`pnpm bench:perf`): sizes of Heed's files next to peers, main-thread
// cost of a page load with a scripted interaction (no script vs Heed vs posthog-js with
// autocapture, alternating in fresh contexts), a stress run (10,000 input events, 200 SPA route
// changes) and the offer latency on the real clock. See packages/bench/README.md for the method.
// This file runs it; perf/ holds the measuring (sizes, pageLoad, stress, latency), the site it
// serves (site) and the tables (format, re-exported here for refresh-readme.mjs).
import { pathToFileURL } from 'node:url';
import { bench, launchBrowser, machine, startSite, textTable, writeJson } from './lib.mjs';
import { PRODUCT, RUNS } from './perf/settings.mjs';
import { sizes } from './perf/sizes.mjs';
import { routes } from './perf/site.mjs';
import { mainThread } from './perf/pageLoad.mjs';
import { stressInputs, stressSpa } from './perf/stress.mjs';
import { offerLatency } from './perf/latency.mjs';
import { BUDGET_HEADER, budgetRows, latencyLine, MAIN_HEADER, mainThreadRows, RATIO_HEADER, ratioRows, SIZE_HEADER, sizeRows, STRESS_HEADER, stressRows } from './perf/format.mjs';

export * from './perf/format.mjs';

async function main() {
  const wall = Date.now();
  const phLog = [];
  const site = await startSite({ routes: routes(phLog) });
  const browser = await launchBrowser();
  const result = { generated: new Date().toISOString(), machine: await machine(browser) };
  try {
    result.sizes = sizes();
    result.mainThread = await mainThread(browser, site);
    console.log('stress: 10,000 input events…');
    result.stress = { inputs: await stressInputs(browser, site) };
    console.log('stress: 200 SPA route changes…');
    result.stress.spa = await stressSpa(browser, site);
    console.log('offer latency (real clock)…');
    result.latency = await offerLatency(browser, site);
  } finally {
    await browser.close().catch(() => {});
    await site.close();
  }
  result.seconds = Math.round((Date.now() - wall) / 1000);
  result.notes = [
    ...result.sizes.notes,
    `Main thread: ${RUNS} page loads per variant of ${PRODUCT}, alternating none / Heed per-site (\`heed build\`, the demo's config compiled in) / Heed generic (data-config) / posthog-js in fresh contexts with a desktop user agent; CDP Performance.getMetrics once the page has loaded and the script is ready (+400 ms), and again after a scripted interaction (30 pointer moves, 6 clicks on text, typing "spirit level" in the search box, 8 wheel turns). Absolute figures drift ~30 % between runs on 2 cores; ratios within one run hold.`,
    'posthog-js is served offline from the loopback server: api_host is /ph on the same origin, /array/<token>/config answers {"autocapture_opt_out": false}, /flags and the event endpoints answer with empty JSON.',
    'Offer latency runs on the real clock with minActiveSeconds 0 ("once policy allows") and the relay presence check answered at once by the harness (no agent online).',
  ];

  console.log(`\nSizes\n${textTable(SIZE_HEADER, sizeRows(result))}\n`);
  console.log(textTable(RATIO_HEADER, ratioRows(result)));
  console.log(`\nMain thread (${RUNS} loads each, medians and ranges)\n${textTable(MAIN_HEADER, mainThreadRows(result))}`);
  console.log(`\nrequests beyond the script file — Heed per-site: ${result.mainThread.byVariant.heed.requestPaths.join(', ') || 'none'}; Heed generic: ${result.mainThread.byVariant.generic.requestPaths.join(', ') || 'none'}; posthog-js: ${result.mainThread.byVariant.posthog.requestPaths.join(', ')}`);
  console.log(`\nStress\n${textTable(STRESS_HEADER, stressRows(result))}`);
  console.log(`\nOffer latency (deciding signal → offer card visible): ${latencyLine(result)}`);
  console.log(`\nSPEC §9 budgets\n${textTable(BUDGET_HEADER, budgetRows(result))}`);
  console.log(`\n${result.seconds} s`);

  for (const run of [...result.stress.inputs.runs, ...result.stress.spa.runs]) delete run.heapAt;
  writeJson(bench('results/perf.json'), result);
  const { refreshReadme } = await import(pathToFileURL(bench('refresh-readme.mjs')).href);
  refreshReadme({ perf: true });
  console.log('Wrote packages/bench/results/perf.json and refreshed the README block.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
