// Builds the demo shop: its per-site heed.js (`heed build`, as a site owner would run it, into
// demo-site/dist/heed/, served at /heed/), and its account area, a single-page app that imports
// @heed/core and @heed/widget like any app would. packages/tools/demo.mjs calls buildDemo() before
// serving; `node demo-site/build.mjs` runs it on its own.
//
// The packages resolve through node_modules to their built dist/ (run `pnpm build` first).
// The widget's panel stays a lazy chunk in public/account/dist/, loaded on first need or hover
// (a `dist` folder, so the repository's .gitignore and `eslint .` already skip it).
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The shop's heed.js with public/heed.config.json compiled in, as `heed build public/heed.config.json
 * --out dist/heed/` writes it. `relayUrl` replaces the config's relay address (packages/tools/demo.mjs,
 * when the relay runs on another port). Returns the brotli size of heed.js.
 */
export async function buildDemoHeed({ relayUrl } = {}) {
  const { checkConfig } = await import('@heed/embed/build/checkConfig.mjs');
  const { buildSite } = await import('@heed/embed/build/siteBuild.mjs');
  let text = readFileSync(here('./public/heed.config.json'), 'utf8');
  if (relayUrl) text = text.replace('ws://127.0.0.1:8787', relayUrl);
  const { resolved, problems } = checkConfig(JSON.parse(text));
  if (problems.length) throw new Error(`demo-site: public/heed.config.json: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  return buildSite(resolved, here('./dist/heed'));
}

export async function buildDemo({ quiet = false, relayUrl } = {}) {
  for (const name of ['@heed/core', '@heed/widget']) {
    let entry;
    try {
      entry = fileURLToPath(import.meta.resolve(name));
    } catch {
      entry = undefined;
    }
    if (!entry || !existsSync(entry)) {
      throw new Error(`demo-site: ${name} is not built (no dist/). Run \`pnpm build\` at the repository root first.`);
    }
  }

  const heed = await buildDemoHeed({ relayUrl });
  const outdir = here('./public/account');
  rmSync(here('./public/account/dist'), { recursive: true, force: true });
  const started = Date.now();
  const result = await build({
    entryPoints: { app: here('./src/account/main.ts') },
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    sourcemap: 'linked',
    target: 'es2020',
    platform: 'browser',
    outdir,
    entryNames: '[name]',
    chunkNames: 'dist/[name]-[hash]',
    // app.js is generated code: keep the repository's `eslint .` quiet about it.
    banner: { js: '/* eslint-disable */' },
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  if (!quiet) {
    const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
    const sizes = outputs.map(([file, { bytes }]) => `${file.replace(/^.*public\//, '/')} ${(bytes / 1024).toFixed(1)} KB`);
    console.log(`demo-site: built the account app in ${Date.now() - started} ms (${sizes.join(', ')}) and /heed/heed.js (${(heed.code.length / 1024).toFixed(1)} KB)`);
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildDemo();
}
