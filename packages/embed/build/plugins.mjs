// The rollup plugins and options both builds of heed.js share: the generic build of the repository
// (rollup.config.mjs) and a site owner's per-site build (`heed build`, siteBuild.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { compileSchema, linkFields, splitOwn, splitSpec } from '../../core/schema/compileSchema.mjs';

/** A path in the repository. */
export const repo = (path) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
export const schemaPath = repo('packages/core/schema/heed.schema.json');

/**
 * Workspace packages resolve through node_modules and their "exports" like in any app; the
 * "heed-source" condition (see tsconfig.base.json) picks their TypeScript sources, so one build sees
 * one copy of everything.
 */
export const resolve = () => nodeResolve({ browser: true, exportConditions: ['heed-source'] });

/** The config spec is compiled from the schema at build time: neither the schema nor the compiler ships. */
export const precompiledConfigSpec = () => ({
  name: 'heed-config-spec',
  load(id) {
    if (!id.endsWith('/config/configSpec.ts')) return null;
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
    const split = splitSpec(compileSchema(schema));
    const { lazy, own, parents } = splitOwn(split.lazy, split.parents);
    return `export const configSpec = ${literal(split.entry)};\nexport const lazyConfigSpec = ${literal(lazy)};\nexport const lazyParents = ${literal(parents)};\nexport const ownConfigSpec = ${literal(own)};\nexport const lazyLinks = ${literal(linkFields(schema))};`;
  },
});

/**
 * An object literal with bare keys: 24 B brotli less in heed.js than JSON.parse of a string, and
 * at 2 KB the literal costs no more to parse (V8 prefers JSON.parse only for far larger data).
 * A leaf without a default or bound is a hole (`["s",,,256]`): validate.ts reads both as undefined.
 */
export const literal = (value) =>
  `/* @__PURE__ */ (${JSON.stringify(value)
    .replace(/"([A-Za-z_$][\w$]*)":/g, '$1:')
    .replace(/(?<=[[,])null(?=[,\]])/g, '')})`;

/**
 * The widget's and core's lazy imports become fetches of the chunks next to heed.js, whose hashed
 * names (`chunks`: 'panel', 'deliver', 'policy', 'debug', 'explain', 'analytics' → file name) are written in for __HEED_CHUNKS__.
 */
export const embedLoaders = (chunks) => ({
  name: 'heed-embed-loaders',
  resolveId(id, importer) {
    const loader = /^\.\/(?:policy\/|config\/)?(load(?:Panel|Debug|Policy|ChatDelivery|Explain|Analytics))\.js$/.exec(id);
    if (loader && /\/packages\/(widget|core)\/src\//.test(importer || '')) return repo(`packages/embed/src/${loader[1]}.ts`);
    return null;
  },
  // Only each name's hash goes in (`{ panel: "B0ifK-" }`): chunkUrl.ts adds `heed-panel-` and `.js`,
  // which brotli would otherwise pay for in every name.
  renderChunk: (code) =>
    code.replaceAll(
      '__HEED_CHUNKS__',
      JSON.stringify(Object.fromEntries(Object.entries(chunks).map(([name, file]) => {
        if (!file.startsWith(`heed-${name}-`) || !file.endsWith('.js')) throw new Error(`chunk ${name} is named ${file}, not heed-${name}-<hash>.js`);
        return [name, file.slice(`heed-${name}-`.length, -3)];
      }))),
    ),
});

export const minify = (module) =>
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
export const compileEagerly = () => ({
  name: 'heed-compile-eagerly',
  generateBundle(_, bundle) {
    for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
  },
});

export const ts = () => esbuild({ target: 'es2022', jsx: 'automatic', jsxImportSource: 'preact', tsconfig: repo('tsconfig.base.json') });

export const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
  warn(warning);
};
