// Throw-away apps that install @heed/core and @heed/widget the way a site owner would: npm install
// of the packed tarballs, or of the package folders of this repository, then a production bundle
// with esbuild or Vite. e2e/tests/npm-packages-work-in-a-fresh-app.spec.ts serves and opens them.
// Run `pnpm build` first: the packages ship their dist/.
//
// The apps live in the system temp folder, outside this repository, so no tsconfig.json, .npmrc or
// node_modules of ours is on their way up; only the installed packages lead back here (a folder
// install links to packages/*, which is exactly the route that once bundled core twice).
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../..', import.meta.url));
const packageDirs = ['core', 'widget'].map((name) => join(repo, 'packages', name));

/** `pnpm pack` of core and widget into `dest`; returns the tarball paths. */
export async function packPackages(dest) {
  mkdirSync(dest, { recursive: true });
  for (const dir of packageDirs) await run('pnpm', ['pack', '--pack-destination', dest], { cwd: dir });
  return readdirSync(dest)
    .filter((file) => file.endsWith('.tgz'))
    .map((file) => join(dest, file));
}

/** What the app sets up: an article, so an offer has something real to offer (a failed search matches it). */
const CONFIG = {
  policy: { minActiveSeconds: 0 },
  articles: [{ title: 'Finding the right tripod', url: '/help/tripods', keywords: ['tripod'] }],
};

/** The README's npm snippet ("### npm" section, first ts block), as a site owner would paste it. */
export function readmeNpmSnippet(readme = readFileSync(join(repo, 'README.md'), 'utf8')) {
  const section = readme.slice(readme.indexOf('### npm'));
  const block = /```ts\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README: no ts code block in the "### npm" section');
  return block[1];
}

// The snippet with its `config`, plus a handle for the test: `window.app.heed`, and the offers seen.
const main = () => `const config = ${JSON.stringify(CONFIG)};
${readmeNpmSnippet()}
const offers = [];
heed.on('offer', (offer) => offers.push(offer));
window.app = { heed, offers };
`;

const page = (script) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A fresh app</title></head>
  <body><h1>A fresh app</h1><script type="module" src="${script}"></script></body>
</html>
`;

/**
 * Makes an app in `dir` and npm-installs `packages` into it (tarball paths, or package folders).
 * Their dependencies (preact, @floating-ui/dom, idb-keyval) come from the npm registry.
 */
export async function createFreshApp(dir, packages) {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fresh-app', private: true, type: 'module' }, null, 2));
  writeFileSync(join(dir, 'src/main.js'), main());
  writeFileSync(join(dir, 'index.html'), page('/src/main.js'));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...packages], { cwd: dir });
}

/** Bundles the app with esbuild into `<dir>/out-esbuild`; returns that folder and esbuild's warnings. */
export async function bundleWithEsbuild(dir) {
  const { build } = await import('esbuild');
  const outDir = join(dir, 'out-esbuild');
  const result = await build({
    absWorkingDir: dir,
    entryPoints: ['src/main.js'],
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    outdir: outDir,
    logLevel: 'silent',
  });
  writeFileSync(join(outDir, 'index.html'), page('./main.js'));
  return { outDir, warnings: result.warnings.map((warning) => warning.text) };
}

/** Bundles the app with Vite (`vite build`, no config file) into `<dir>/out-vite`; returns that folder and Vite's warnings. */
export async function bundleWithVite(dir) {
  // Imported when needed: the README unit test reads this module's snippet helper without loading Vite.
  const { build, createLogger } = await import('vite');
  const outDir = join(dir, 'out-vite');
  const warnings = [];
  const logger = createLogger('warn');
  const keep = (message) => !String(message).includes('[PLUGIN_TIMINGS]');
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    // Rolldown's PLUGIN_TIMINGS note says the build machine was slow (it came on a loaded 2-core
    // CI box: "JavaScript callbacks ran for 1.2s of this 3.2s build"); it says nothing about the app.
    customLogger: { ...logger, warn: (message) => keep(message) && warnings.push(message), warnOnce: (message) => keep(message) && warnings.push(message) },
    build: { outDir, emptyOutDir: true },
  });
  return { outDir, warnings };
}
