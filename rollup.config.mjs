// Builds Heed: the script-tag entry (classic script) with its lazy chunks, and the npm packages.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { compileEagerly, embedLoaders, minify, onwarn, precompiledConfigSpec, resolve, schemaPath, ts } from './packages/embed/build/plugins.mjs';

/**
 * The schema ships next to heed.js as heed.schema.json, so a config can point `$schema` at
 * `/heed/heed.schema.json` (the README's example) for editor completion.
 */
const shipSchema = () => ({
  name: 'heed-ship-schema',
  buildStart() {
    this.addWatchFile(schemaPath);
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'heed.schema.json', source: readFileSync(schemaPath, 'utf8') });
  },
});

/** Chunk file names are hashed; the entry learns them through __HEED_CHUNKS__. */
const chunkNames = {};
const recordChunk = () => ({
  name: 'heed-record-chunk',
  generateBundle(_, bundle) {
    // Keyed by the entry's name without 'heed-': 'panel', 'deliver', 'policy', 'debug', 'explain'.
    for (const file of Object.values(bundle)) if (file.type === 'chunk' && file.isEntry) chunkNames[file.name.replace(/^heed-/, '')] = file.fileName;
  },
});
/**
 * The lazy chunks heed.js names all end in one hash, a digest of their own hashed names: each name
 * then costs heed.js about 3 B instead of the 6 random characters brotli cannot squeeze, and heed.js's
 * size moves only with its own code, not with every chunk's hash (it moved ±30 B before). Runs once
 * those chunks are written: each is renamed, and so is every import of it in the other chunks.
 * An edit to any one chunk renames all six, so a release re-fetches them all: they are 0.5–20 KB, once.
 */
const shareChunkHash = () => ({
  name: 'heed-share-chunk-hash',
  buildStart() {
    const shared = createHash('sha256').update(Object.values(chunkNames).sort().join()).digest('base64url').slice(0, 6);
    const renames = Object.entries(chunkNames).map(([name, file]) => [name, file, `heed-${name}-${shared}.js`]);
    for (const [name, file, next] of renames) {
      renameSync(`${dist}/${file}`, `${dist}/${next}`);
      chunkNames[name] = next;
      written.get(dist).delete(file);
      written.get(dist).add(next);
    }
    for (const file of written.get(dist)) {
      if (!file.endsWith('.js')) continue;
      const code = readFileSync(`${dist}/${file}`, 'utf8');
      const renamed = renames.reduce((text, [, before, next]) => text.replaceAll(before, next), code);
      if (renamed !== code) writeFileSync(`${dist}/${file}`, renamed);
    }
  },
});
/** The chunk names, for `heed build` (siteBuild.mjs), which writes them into a per-site heed.js. */
const chunkManifest = () => ({
  name: 'heed-chunk-manifest',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'heed-chunks.json', source: JSON.stringify(chunkNames) });
  },
});

const dist = 'packages/embed/dist';
// Hashed chunk names change with every edit, so files this build did not write are removed once
// it has written its own. Never before: a page being served from dist/ keeps working meanwhile.
const written = new Map();
const recordWritten = (folder) => ({
  name: 'heed-record-written',
  generateBundle(_, bundle) {
    const files = written.get(folder) || new Set();
    for (const name of Object.keys(bundle)) files.add(name);
    written.set(folder, files);
  },
});
/** Goes on the last build writing into `folder`. */
const pruneStale = (folder) => ({
  ...recordWritten(folder),
  name: 'heed-prune-stale',
  writeBundle() {
    let present = [];
    try {
      present = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of present) if (/\.js(\.map)?$/.test(name) && !written.get(folder).has(name)) rmSync(`${folder}/${name}`);
  },
});
// An entry re-exporting a shared chunk would also import that chunk's dependencies bare
// (`import '@heed/core/internal'`, hoisted so they load in parallel); an app's bundler warns about
// each one, as they are side-effect free. The app's bundler does the hoisting anyway.
const npmOutput = { format: 'es', sourcemap: true, chunkFileNames: '[name]-[hash].js', hoistTransitiveImports: false };

/** A chat product adapter (packages/widget/src/providers/<product>.ts), not the messenger that loads them. */
const isAdapter = (chunk) => /\/widget\/src\/providers\/(?!messenger)\w+\.ts$/.test(chunk.facadeModuleId || '');

export default [
  // Lazy chunks of the script-tag build first, so the entry knows their hashed names.
  {
    // heed-deliver: the chat client alone, for a message left in the outbox; it shares the chat
    // chunk's relay client (one socket per tab) and needs neither Preact nor Floating UI.
    input: { 'heed-panel': 'packages/widget/src/panel/mountPanel.tsx', 'heed-deliver': 'packages/widget/src/chat/deliverPending.ts' },
    // The chat chunk imports Preact from the panel: let the panel export it rather than wrap it in a facade file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: dist,
      format: 'es',
      // The lazy entries' names are written into heed.js (__HEED_CHUNKS__): six hash characters are
      // plenty to bust caches, and the two fewer per name are bytes of heed.js that brotli cannot squeeze.
      entryFileNames: '[name]-[hash:6].js',
      // Lazy views inside the panel get their own chunks, named for the size budgets in packages/tools/size.mjs;
      // so does each chat product's adapter (heed-provider-*.js), loaded only on a site using that product.
      chunkFileNames: (chunk) => `heed-${isAdapter(chunk) ? 'provider-' : ''}${chunk.name.replace(/^mount|View$/g, '').toLowerCase()}-[hash].js`,
      // What the chat, the expert view and the delivery chunk all use (opening hours, the signal
      // summary, the team a chat is for, page keys, a chat product's presence): one small chunk, rather than one per combination.
      manualChunks: (id) => (/\/(chat\/(hours|summary|productPresence)|experts\/chosenTeam|route\/pageKey)\.ts$/.test(id) ? 'shared' : undefined),
    },
    plugins: [resolve(), precompiledConfigSpec(), ts(), minify(true), recordChunk(), recordWritten(dist)],
    onwarn,
  },
  {
    input: { 'heed-policy': 'packages/core/src/policy/createPolicy.ts' },
    output: { dir: dist, format: 'es', entryFileNames: '[name]-[hash:6].js' },
    plugins: [resolve(), precompiledConfigSpec(), ts(), minify(true), recordChunk(), recordWritten(dist)],
    onwarn,
  },
  {
    // The wording of config problems: fetched only when a config has one (createHeed.ts).
    input: { 'heed-explain': 'packages/core/src/config/explainProblems.ts' },
    output: { dir: dist, format: 'es', entryFileNames: '[name]-[hash:6].js' },
    plugins: [resolve(), ts(), minify(true), recordChunk(), recordWritten(dist)],
    onwarn,
  },
  {
    // The forwarding to the site's own analytics (issue #17), loaded on the first event worth
    // forwarding: the adapters and the validation of `analytics` alone (OWN_KEYS), one file.
    input: { 'heed-analytics': 'packages/core/src/analytics/startAnalytics.ts' },
    output: { dir: dist, format: 'es', entryFileNames: '[name]-[hash:6].js' },
    plugins: [resolve(), precompiledConfigSpec(), ts(), minify(true), recordChunk(), recordWritten(dist)],
    onwarn,
  },
  {
    input: { 'heed-debug': 'packages/widget/src/debug/mountDebug.ts' },
    output: { dir: dist, format: 'es', entryFileNames: '[name]-[hash:6].js' },
    plugins: [resolve(), precompiledConfigSpec(), ts(), minify(true), recordChunk(), recordWritten(dist)],
    onwarn,
  },
  {
    input: 'packages/embed/src/heed.ts',
    output: { file: `${dist}/heed.js`, format: 'iife', name: undefined },
    plugins: [shareChunkHash(), embedLoaders(chunkNames), resolve(), precompiledConfigSpec(), ts(), minify(false), compileEagerly(), shipSchema(), chunkManifest(), pruneStale(dist)],
    onwarn,
  },
  // npm packages: ES modules, dependencies external, lazy views as their own chunks.
  {
    // Two entries sharing chunks: the public API and the internal one the widget uses, one instance.
    input: { index: 'packages/core/src/index.ts', internal: 'packages/core/src/internal.ts' },
    output: { dir: 'packages/core/dist', ...npmOutput },
    external: ['idb-keyval'],
    plugins: [precompiledConfigSpec(), ts(), pruneStale('packages/core/dist')],
    onwarn,
  },
  {
    input: { index: 'packages/widget/src/index.ts', internal: 'packages/widget/src/internal.ts' },
    output: { dir: 'packages/widget/dist', ...npmOutput },
    external: [/^preact/, /^@floating-ui\//, /^@heed\/core(\/|$)/, 'idb-keyval'],
    plugins: [ts(), pruneStale('packages/widget/dist')],
    onwarn,
  },
];
