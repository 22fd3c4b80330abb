// `heed build`: a per-site heed.js with the site's validated, resolved config compiled in, so the
// page loads one script and nothing else until the visitor needs more (no config fetch), and
// without the validator or the detectors the config disables. The lazy chunks are the generic
// build's (packages/embed/dist), copied beside it: they find themselves relative to heed.js.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { rollup } from 'rollup';
import { builtInDetectors } from '@heed/core';
import { compileEagerly, embedLoaders, minify, onwarn, precompiledConfigSpec, repo, resolve, ts } from './plugins.mjs';
import { LAZY_KEYS } from '../../core/schema/compileSchema.mjs';
import { UsageError } from './configFile.mjs';

export const dist = repo('packages/embed/dist');

/** `search-failure` → the module and export of that built-in detector (`detectors/searchFailure.ts`, `searchFailure`). */
const detectorModule = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/** The detectors `config` leaves enabled, by name, in the order heed.js starts them. */
export const enabledDetectors = (config) => builtInDetectors.map((d) => d.name).filter((name) => !config.signals.disabled.includes(name));

/**
 * Lazy keys (LAZY_KEYS) that heed.js nonetheless reads at load, as written: `chat.load` says whether
 * to attach to a chat product the page loads itself, `analytics.forward` whether to arm the forwarding
 * to the site's analytics, `ui.locale` which language the tab speaks. Every other lazy key is read only by lazy chunks.
 */
const READ_AT_LOAD = ['chat', 'analytics', 'ui.locale'];

/**
 * Splits the resolved `config` into what heed.js carries and what only lazy chunks read: those keys
 * (the articles, the experts, …) go to a config chunk of their own, loaded with the first lazy chunk,
 * as `[path, value]` pairs (`['ui.title', 'How can we help?']`). A site's articles cost heed.js nothing.
 */
export function splitConfig(config) {
  const entry = JSON.parse(JSON.stringify(config));
  // For editors only: nothing reads it.
  delete entry.$schema;
  const deferred = [];
  for (const path of LAZY_KEYS.filter((key) => !READ_AT_LOAD.includes(key))) {
    const steps = path.split('.');
    const parent = steps.slice(0, -1).reduce((at, step) => at?.[step], entry);
    const last = steps[steps.length - 1];
    if (!parent || !(last in parent)) continue;
    deferred.push([path, parent[last]]);
    delete parent[last];
  }
  return { entry, deferred };
}

/**
 * Virtual modules of the per-site build: the entry's source (entrySource.ts) becomes the enabled
 * detectors, core's resolveConfig.ts the resolved config itself (with no problem to word), and
 * the loaders' chunkUrl.ts first loads the config chunk. Everything else is the generic entry's code.
 */
const siteModules = (config, deferred) => ({
  name: 'heed-site-modules',
  resolveId(id, importer) {
    // The loaders (loadPanel.ts…) import the wrapper; the wrapper imports the real chunkUrl.ts.
    if (id === './chunkUrl.js' && /\/packages\/embed\/src\/load\w+\.ts$/.test(importer || '')) return SITE_CHUNK_URL;
    return null;
  },
  load(id) {
    if (id.endsWith('/packages/embed/src/entrySource.ts')) {
      const names = enabledDetectors(config).map(detectorModule);
      const imports = names.map((name) => `import { ${name} } from ${JSON.stringify(repo(`packages/core/src/detectors/${name}.ts`))};`);
      // And the tab keeps clear of `ui.avoid` from load: the per-site file has room for it (README, "The tab").
      const clearance = `export { keepTabClear as tabClearance } from ${JSON.stringify(repo('packages/widget/src/keepTabClear.ts'))};`;
      return `${imports.join('\n')}\n${clearance}\nexport const detectors = [${names.join(', ')}];\nexport const pageConfig = () => {};`;
    }
    // Validated at build time: the entry runs the config as resolved, with no validator to ship.
    // One object for the whole page, as createHeed keeps it: the config chunk and the lazy chunks complete it in place.
    if (id.endsWith('/packages/core/src/config/resolveConfig.ts')) {
      // Plain JSON, not plugins.mjs's `literal`: its rewriting of keys and nulls is safe for the
      // schema's spec, not for a site owner's strings (`"say \"hi\":"`). Terser unquotes the keys anyway.
      return `export const config = ${JSON.stringify(config)};\nexport const checkEntryConfig = () => ({ config, problems: [] });`;
    }
    // Nor a problem to word: `heed build` refuses a config that has one.
    if (id.endsWith('/packages/core/src/config/reportLater.ts')) return 'export const reportLater = () => {};';
    // Lift features the config does not use are left out: without a holdout everyone is in `heed`,
    // and without `analytics.forward` nothing is forwarded (README, "Measuring lift").
    if (id.endsWith('/packages/core/src/lift/deviceGroup.ts') && !config.policy.holdout) return "export const deviceGroup = () => 'heed';";
    if (id.endsWith('/packages/core/src/analytics/forwardOnDemand.ts') && !config.analytics?.forward?.length) return 'export const forwardOnDemand = () => {};';
    if (id === SITE_CHUNK_URL) {
      if (!deferred.length) return `export { importChunk } from ${JSON.stringify(repo('packages/embed/src/chunkUrl.ts'))};`;
      return `import { importChunk as load } from ${JSON.stringify(repo('packages/embed/src/chunkUrl.ts'))};
import { config } from ${JSON.stringify(repo('packages/core/src/config/resolveConfig.ts'))};
let settled;
// Every lazy chunk reads the keys heed.js left out: they are put in place before the first one runs.
// A failed load is tried again with the next chunk.
export const importChunk = (name) =>
  (settled ||= load('config').then(
    (chunk) => chunk.default.forEach(([path, value]) => {
      const steps = path.split('.');
      const last = steps.pop();
      steps.reduce((at, step) => at[step], config)[last] = value;
    }),
    (error) => { settled = undefined; throw error; },
  )).then(() => load(name));`;
    }
    return null;
  },
});
const SITE_CHUNK_URL = '\0heed:site-chunk-url';

/** The rollup options of a per-site heed.js for `config` (resolved); `chunks` names the lazy chunks. */
export const siteBuildOptions = (config, { chunks }) => {
  const { entry, deferred } = splitConfig(config);
  return {
    input: repo('packages/embed/src/heed.ts'),
    output: { format: 'iife', name: undefined },
    plugins: [siteModules(entry, deferred), embedLoaders(chunks), resolve(), precompiledConfigSpec(), ts(), minify(false), compileEagerly()],
    onwarn,
  };
};

/** The config chunk: the keys only lazy chunks read, as `[path, value]` pairs. Named by its content, like the other chunks. */
export function configChunk(config) {
  const { deferred } = splitConfig(config);
  const code = `export default ${JSON.stringify(deferred)};\n`;
  return { fileName: `heed-config-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`, code };
}

/** The generic build's lazy chunk names ('panel' → 'heed-panel-3f9a2c.js'), written by rollup.config.mjs. */
function chunkNames() {
  const manifest = join(dist, 'heed-chunks.json');
  if (!existsSync(manifest)) throw new UsageError(`${manifest} is missing: build the packages first (pnpm build)`);
  return JSON.parse(readFileSync(manifest, 'utf8'));
}

/**
 * Writes heed.js for `config` (resolved, without problems) into `out`, with the lazy chunks and
 * the schema beside it. Chunks an earlier build left there that this one does not use are removed.
 * Returns the files written and the code of heed.js.
 */
export async function buildSite(config, out) {
  const lazy = configChunk(config);
  const chunks = { ...chunkNames(), config: lazy.fileName };
  const options = siteBuildOptions(config, { chunks });
  const bundle = await rollup(options);
  const { output } = await bundle.generate(options.output);
  await bundle.close();
  mkdirSync(out, { recursive: true });
  const files = ['heed.js', lazy.fileName];
  writeFileSync(join(out, 'heed.js'), output[0].code);
  writeFileSync(join(out, lazy.fileName), lazy.code);
  for (const file of readdirSync(dist)) {
    if (!/^heed-.+\.js$|^heed\.schema\.json$/.test(file)) continue;
    copyFileSync(join(dist, file), join(out, file));
    files.push(file);
  }
  for (const file of readdirSync(out)) if (/^heed-.+\.js$/.test(file) && !files.includes(file)) rmSync(join(out, file));
  return { files, code: output[0].code };
}
