// Settings of the performance benchmark, shared by its modules. Runs are configurable for a quick try:
// BENCH_RUNS=1 BENCH_STRESS_RUNS=1 BENCH_LATENCY_RUNS=1 node packages/bench/perf.mjs
export const RUNS = Number(process.env.BENCH_RUNS || 15);
export const STRESS_RUNS = Number(process.env.BENCH_STRESS_RUNS || 3);
export const LATENCY_RUNS = Number(process.env.BENCH_LATENCY_RUNS || 5);
export const KB = 1024;
export const PRODUCT = '/products/box-beam-level-600.html';
export const TOKEN = 'phc_bench';
/**
 * Page variants compared by the main-thread runs: no script, the shop's per-site heed.js (`heed build`,
 * the config compiled in: the demo's own tag), the generic heed.js (fetching /heed.config.json), posthog-js.
 */
export const VARIANTS = ['none', 'heed', 'generic', 'posthog'];
/** The variants running Heed. */
export const HEED_VARIANTS = ['heed', 'generic'];
