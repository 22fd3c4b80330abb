// Shared helpers of the benchmarks: the browser, the demo shop server, statistics and tables.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startDemoServer } from '../tools/demo-server.mjs';

/** A path relative to the repository root. */
export const repo = (path = '') => fileURLToPath(new URL(`../../${path}`, import.meta.url));
/** A path relative to packages/bench. */
export const bench = (path = '') => fileURLToPath(new URL(`./${path}`, import.meta.url));

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A normal desktop Chrome user agent: some SDKs drop "HeadlessChrome" traffic as bots (ENV.md). */
export const DESKTOP_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36';

export function launchBrowser() {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is missing at ${executablePath}: run \`node packages/tools/ensure-chromium.mjs\` (or apt-get install chromium).`);
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

/** Fails early, with the command to run, when the script-tag build is missing. */
export function requireBuild() {
  if (!existsSync(repo('packages/embed/dist/heed.js'))) {
    throw new Error('packages/embed/dist/heed.js is missing: run `pnpm build` at the repository root first.');
  }
}

/**
 * Builds the account app (`buildDemo()`) and serves the demo shop as `pnpm demo` does: the site at
 * `/`, the script-tag build at `/heed/`, the account app's SPA fallback. `routes` answer first.
 */
export async function startSite({ routes = [], build = true } = {}) {
  requireBuild();
  if (build) {
    const { buildDemo } = await import(pathToFileURL(repo('demo-site/build.mjs')).href);
    await buildDemo({ quiet: true });
  }
  return startDemoServer({ routes });
}

// ---------------------------------------------------------------- statistics

export const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const range = (values) => {
  const finite = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return finite.length ? [Math.min(...finite), Math.max(...finite)] : null;
};

export const round = (value, digits = 2) => (value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(digits)));

// ---------------------------------------------------------------- output

/** A plain-text table for the terminal. */
export function textTable(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '—')));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** A Markdown table. */
export function markdownTable(header, rows) {
  const esc = (cell) => String(cell ?? '—').replace(/\|/g, '\\|');
  return [`| ${header.map(esc).join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((row) => `| ${row.map(esc).join(' | ')} |`)].join('\n');
}

export function writeJson(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

/** Runs `tasks` (functions returning promises) with at most `limit` at a time, keeping order. */
export async function pool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Facts about the machine, for the results files (absolute figures drift ~30 % between runs). */
export async function machine(browser) {
  const os = await import('node:os');
  return { node: process.version, chromium: browser?.version(), cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, platform: `${os.platform()} ${os.release()}` };
}
