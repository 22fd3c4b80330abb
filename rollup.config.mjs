// Builds Heed: the script-tag entry (classic script) with its lazy chunks, and the npm packages.
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { compileSchema } from './packages/core/schema/compileSchema.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const sources = {
  '@heed/core': here('packages/core/src/index.ts'),
  '@heed/widget': here('packages/widget/src/index.ts'),
};

/** Workspace packages resolve to their sources, so one build sees one copy of everything. */
const workspaceSources = () => ({
  name: 'heed-workspace-sources',
  resolveId: (id) => sources[id] ?? null,
});

/** The config spec is compiled from the schema at build time: neither the schema nor the compiler ships. */
const precompiledConfigSpec = () => ({
  name: 'heed-config-spec',
  load(id) {
    if (!id.endsWith('/config/configSpec.ts')) return null;
    const schema = JSON.parse(readFileSync(here('packages/core/schema/heed.schema.json'), 'utf8'));
    return `export const configSpec = JSON.parse(${JSON.stringify(JSON.stringify(compileSchema(schema)))});`;
  },
});

/** Chunk file names are hashed; the entry learns them through __HEED_CHUNKS__. */
const chunkNames = {};
const recordChunk = (name) => ({
  name: 'heed-record-chunk',
  generateBundle(_, bundle) {
    for (const file of Object.values(bundle)) if (file.type === 'chunk' && file.isEntry) chunkNames[name] = file.fileName;
  },
});
const embedLoaders = () => ({
  name: 'heed-embed-loaders',
  resolveId(id, importer) {
    // The widget's lazy import becomes a fetch of the chunk next to heed.js.
    const loader = /^\.\/(?:policy\/)?(load(?:Panel|Debug|Policy))\.js$/.exec(id);
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
    mangle: { properties: { regex: /^_/ } },
    format: { comments: false },
  });

const ts = () => esbuild({ target: 'es2022', jsx: 'automatic', jsxImportSource: 'preact', tsconfig: here('tsconfig.base.json') });
const dist = 'packages/embed/dist';
// Hashed chunk names change with every edit: start from empty folders so old chunks do not pile up.
for (const folder of [dist, 'packages/core/dist', 'packages/widget/dist']) rmSync(folder, { recursive: true, force: true });
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules'))) return;
  warn(warning);
};

export default [
  // Lazy chunks of the script-tag build first, so the entry knows their hashed names.
  {
    input: { 'heed-panel': 'packages/widget/src/panel/mountPanel.tsx' },
    output: {
      dir: dist,
      format: 'es',
      entryFileNames: '[name]-[hash].js',
      // Lazy views inside the panel get their own chunks, named for the size budgets in scripts/size.mjs.
      chunkFileNames: (chunk) => `heed-${chunk.name.replace(/^mount|View$/g, '').toLowerCase()}-[hash].js`,
    },
    plugins: [workspaceSources(), nodeResolve({ browser: true }), precompiledConfigSpec(), ts(), minify(true), recordChunk('panel')],
    onwarn,
  },
  {
    input: { 'heed-policy': 'packages/core/src/policy/createPolicy.ts' },
    output: { dir: dist, format: 'es', entryFileNames: '[name]-[hash].js' },
    plugins: [workspaceSources(), nodeResolve({ browser: true }), ts(), minify(true), recordChunk('policy')],
    onwarn,
  },
  {
    input: { 'heed-debug': 'packages/widget/src/debug/mountDebug.ts' },
    output: { dir: dist, format: 'es', entryFileNames: '[name]-[hash].js' },
    plugins: [workspaceSources(), nodeResolve({ browser: true }), ts(), minify(true), recordChunk('debug')],
    onwarn,
  },
  {
    input: 'packages/embed/src/heed.ts',
    output: { file: `${dist}/heed.js`, format: 'iife', name: undefined },
    plugins: [embedLoaders(), workspaceSources(), nodeResolve({ browser: true }), precompiledConfigSpec(), ts(), minify(false)],
    onwarn,
  },
  // npm packages: ES modules, dependencies external, lazy views as their own chunks.
  {
    input: 'packages/core/src/index.ts',
    output: { dir: 'packages/core/dist', format: 'es', sourcemap: true },
    external: ['idb-keyval'],
    plugins: [precompiledConfigSpec(), ts()],
    onwarn,
  },
  {
    input: 'packages/widget/src/index.ts',
    output: { dir: 'packages/widget/dist', format: 'es', sourcemap: true, chunkFileNames: '[name]-[hash].js' },
    external: [/^preact/, /^@floating-ui\//, '@heed/core'],
    plugins: [ts()],
    onwarn,
  },
];
