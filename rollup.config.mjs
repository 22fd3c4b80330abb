// Builds Heed: the script-tag entry (classic script) with its lazy chunks, and the npm packages.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { compileSchema, linkFields, splitSpec } from './packages/core/schema/compileSchema.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
/**
 * Workspace packages resolve through node_modules and their "exports" like in any app; the
 * "heed-source" condition (see tsconfig.base.json) picks their TypeScript sources, so one build sees
 * one copy of everything.
 */
const resolve = () => nodeResolve({ browser: true, exportConditions: ['heed-source'] });

/** The config spec is compiled from the schema at build time: neither the schema nor the compiler ships. */
const precompiledConfigSpec = () => ({
  name: 'heed-config-spec',
  load(id) {
    if (!id.endsWith('/config/configSpec.ts')) return null;
    const schema = JSON.parse(readFileSync(here('packages/core/schema/heed.schema.json'), 'utf8'));
    const { entry, lazy } = splitSpec(compileSchema(schema));
    // An object literal with bare keys: 24 B brotli less in heed.js than JSON.parse of a string, and
    // at 2 KB the literal costs no more to parse (V8 prefers JSON.parse only for far larger data).
    // A leaf without a default or bound is a hole (`["s",,,256]`): validate.ts reads both as undefined.
    const parsed = (spec) => `/* @__PURE__ */ (${JSON.stringify(spec).replace(/"([A-Za-z_$][\w$]*)":/g, '$1:').replace(/(?<=[[,])null(?=[,\]])/g, '')})`;
    return `export const configSpec = ${parsed(entry)};\nexport const lazyConfigSpec = ${parsed(lazy)};\nexport const lazyLinks = ${parsed(linkFields(schema))};`;
  },
});

/**
 * The schema ships next to heed.js as heed.schema.json, so a config can point `$schema` at
 * `/heed/heed.schema.json` (the README's example) for editor completion.
 */
const shipSchema = () => ({
  name: 'heed-ship-schema',
  buildStart() {
    this.addWatchFile(here('packages/core/schema/heed.schema.json'));
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'heed.schema.json', source: readFileSync(here('packages/core/schema/heed.schema.json'), 'utf8') });
  },
});

/** Chunk file names are hashed; the entry learns them through __HEED_CHUNKS__. */
const chunkNames = {};
const recordChunk = () => ({
  name: 'heed-record-chunk',
  generateBundle(_, bundle) {
    // Keyed by the entry's name without 'heed-': 'panel', 'deliver', 'policy', 'debug'.
    for (const file of Object.values(bundle)) if (file.type === 'chunk' && file.isEntry) chunkNames[file.name.replace(/^heed-/, '')] = file.fileName;
  },
});
const embedLoaders = () => ({
  name: 'heed-embed-loaders',
  resolveId(id, importer) {
    // The widget's lazy import becomes a fetch of the chunk next to heed.js.
    const loader = /^\.\/(?:policy\/)?(load(?:Panel|Debug|Policy|ChatDelivery))\.js$/.exec(id);
    if (loader && /\/packages\/(widget|core)\/src\//.test(importer || '')) return here(`packages/embed/src/${loader[1]}.ts`);
    return null;
  },
  renderChunk: (code) => code.replaceAll('__HEED_CHUNKS__', JSON.stringify(chunkNames)),
});

const minify = (module) =>
  terser({
    module,
    ecma: 2022,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    // Matches Preact's internal properties (`__k`, `__e`, `__H`…, about 300 uses in the panel
    // chunk): 0.07 KB brotli off the panel. Each chunk is mangled on its own, so a property that
    // crosses chunks (the internals object, the chat chunk's Preact imports) must never start with `_`.
    // `_q`, `_h` and `_v` are LiveChat's command queue (providers/livechat.ts): its script reads them.
    mangle: { properties: { regex: /^_/, reserved: ['_q', '_h', '_v'] } },
    format: { comments: false },
  });

/**
 * V8's explicit compile hint (Chrome 136+): nearly every function in heed.js runs during page load,
 * so V8 compiles them all while the script streams in, off the main thread, instead of parsing each
 * one again on the main thread at its first call. Added after minification, which strips comments.
 */
const compileEagerly = () => ({
  name: 'heed-compile-eagerly',
  generateBundle(_, bundle) {
    for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
  },
});

const ts = () => esbuild({ target: 'es2022', jsx: 'automatic', jsxImportSource: 'preact', tsconfig: here('tsconfig.base.json') });
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
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
  warn(warning);
};

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
    input: { 'heed-debug': 'packages/widget/src/debug/mountDebug.ts' },
    output: { dir: dist, format: 'es', entryFileNames: '[name]-[hash:6].js' },
    plugins: [resolve(), precompiledConfigSpec(), ts(), minify(true), recordChunk(), recordWritten(dist)],
    onwarn,
  },
  {
    input: 'packages/embed/src/heed.ts',
    output: { file: `${dist}/heed.js`, format: 'iife', name: undefined },
    plugins: [embedLoaders(), resolve(), precompiledConfigSpec(), ts(), minify(false), compileEagerly(), shipSchema(), pruneStale(dist)],
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
