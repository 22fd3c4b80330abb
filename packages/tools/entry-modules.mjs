// What each source module costs heed.js, in brotli bytes (issue #18's closing table).
//   node packages/tools/entry-modules.mjs   (after `pnpm build`: the generic entry)
//   node packages/tools/entry-modules.mjs --site demo-site/public/heed.config.json   (builds a per-site heed.js first)
//
// Method: leave-one-out over the minified output. The entry is built again with a source map (the
// same plugins as rollup.config.mjs); every byte of minified code is attributed to the source module
// it came from, and a module's cost is brotli(heed.js) − brotli(heed.js without that module's bytes).
// That is what brotli actually charges for the module in context (its words may be shared with other
// modules, so the costs do not add up exactly to the total; the remainder is printed as "shared").
import { brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import { fileURLToPath } from 'node:url';
import { relative, resolve as resolvePath } from 'node:path';

const repo = fileURLToPath(new URL('../../', import.meta.url));
/** Source map `mappings` as [generated column, source index] per segment, per line (base64 VLQ, absolute values). */
function decode(mappings) {
  const digits = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));
  let source = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line.split(',').filter(Boolean).map((segment) => {
      const values = [];
      for (let i = 0, value = 0, shift = 0; i < segment.length; i++) {
        const digit = digits[segment[i]];
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      return values.length > 1 ? [column, source] : [column];
    });
  });
}
const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The rollup options that build heed.js: the generic entry from rollup.config.mjs, or a per-site one. */
async function entryOptions() {
  const site = process.argv.indexOf('--site');
  if (site > 0) {
    const { siteBuildOptions } = await import('../embed/build/siteBuild.mjs');
    const { readConfigFile } = await import('../embed/build/configFile.mjs');
    const { resolved } = await import('../embed/build/checkConfig.mjs').then((m) => m.checkConfig(readConfigFile(process.argv[site + 1]).config));
    return siteBuildOptions(resolved, { chunks: {} });
  }
  process.chdir(repo);
  const configs = (await import('../../rollup.config.mjs')).default;
  return configs.find((c) => c.input === 'packages/embed/src/heed.ts');
}

const options = await entryOptions();
// The loaders' renderChunk writes the chunk names in without a source map: here they stay the
// identifier __HEED_CHUNKS__, and the names' cost is the difference to the real file (printed apart).
const plugins = options.plugins.filter((p) => !/prune-stale|ship-schema|record-written|share-chunk-hash/.test(p.name)).map((p) => (p.renderChunk && p.name !== 'terser' ? { ...p, renderChunk: undefined } : p));
const bundle = await rollup({ ...options, plugins });
const { output } = await bundle.generate({ ...options.output, file: undefined, sourcemap: true });
const chunk = output.find((o) => o.type === 'chunk');
// The compile hint is prepended after the source map was made.
const code = chunk.code.replace(/^\/\/# allFunctionsCalledOnLoad\n/, '');
const lines = code.split('\n');
// Without an output file the sources are relative to the working directory (the repository).
const sources = chunk.map.sources.map((s) => relative(repo, resolvePath(repo, s)).replace(/^node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^\0?/, ''));
const owner = new Array(code.length).fill(-1);
let offset = 0;
decode(chunk.map.mappings).forEach((segments, line) => {
  for (let i = 0; i < segments.length; i++) {
    const [column, source] = segments[i];
    const end = i + 1 < segments.length ? segments[i + 1][0] : lines[line].length;
    if (source !== undefined) for (let c = column; c < end; c++) owner[offset + c] = source;
  }
  offset += lines[line].length + 1;
});
const total = brotli(code);
// The names as the generic build wrote them (a per-site build adds its config chunk's, 'heed-config-' and 8 characters).
const chunks = JSON.parse(readFileSync(`${repo}packages/embed/dist/heed-chunks.json`, 'utf8'));
if (process.argv.includes('--site')) chunks.config = 'heed-config-xxxxxxxx.js';
const real = brotli(code.replaceAll('__HEED_CHUNKS__', JSON.stringify(chunks)));
const rows = sources.map((name, index) => {
  const bytes = owner.filter((o) => o === index).length;
  const without = [...code].filter((_, i) => owner[i] !== index).join('');
  return { name, bytes, cost: total - brotli(without) };
});
rows.sort((a, b) => b.cost - a.cost);
const attributed = rows.reduce((sum, r) => sum + r.cost, 0);
console.log(`${'module'.padEnd(58)} ${'min bytes'.padStart(9)} ${'brotli'.padStart(7)}`);
for (const r of rows.filter((r) => r.bytes)) console.log(`${r.name.padEnd(58)} ${String(r.bytes).padStart(9)} ${String(r.cost).padStart(7)}`);
console.log(`${'(shared words, wrapper, unmapped)'.padEnd(58)} ${String(owner.filter((o) => o < 0).length).padStart(9)} ${String(total - attributed).padStart(7)}`);
console.log(`${'chunk file names (__HEED_CHUNKS__)'.padEnd(58)} ${''.padStart(9)} ${String(real - total).padStart(7)}`);
console.log(`${'total heed.js (without the compile hint)'.padEnd(58)} ${String(code.length).padStart(9)} ${String(real).padStart(7)}`);
if (process.argv.includes('--json')) console.log(JSON.stringify(rows));
