import { rollup } from 'rollup';
import { minify } from './node_modules/.pnpm/terser@5.51.2/node_modules/terser/main.js';
import { brotliCompressSync, constants } from 'node:zlib';
const configs = (await import(process.cwd() + '/rollup.config.mjs')).default;
const entry = configs.find((c) => c.input === 'packages/embed/src/heed.ts');
const br = (s) => brotliCompressSync(Buffer.from(s), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const base = { module: false, ecma: 2022, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, mangle: { properties: { regex: /^_/ } }, format: { comments: false } };
async function size(edits) {
  const plugin = { name: 'edit', transform(code, id) { for (const [file, from, to] of edits) if (id.endsWith(file)) { if (!code.includes(from)) throw new Error('missing ' + from); code = code.replace(from, to); } return code; } };
  const bundle = await rollup({ ...entry, plugins: [...entry.plugins.filter((p) => !['heed-prune-stale', 'heed-ship-schema', 'heed-compile-eagerly'].includes(p.name) && !/terser/.test(p.name)), plugin] });
  const { output } = await bundle.generate({ format: 'iife' });
  return br((await minify(output[0].code, base)).code);
}
const b = await size([]);
console.log('base', b);
const tests = JSON.parse(process.argv[2]);
for (const [name, edits] of Object.entries(tests)) console.log(name, (await size(edits)) - b);
