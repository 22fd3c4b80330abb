// Validates public/heed.config.json against Heed's JSON Schema (the source of truth) and checks
// that every article it points at exists in public/. Exits non-zero on any problem.
//   node demo-site/check-config.mjs [path/to/config.json]
import Ajv2020 from 'ajv/dist/2020.js';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const schemaPath = here('../packages/core/schema/heed.schema.json');
const configPath = process.argv[2] ?? here('./public/heed.config.json');

const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const config = JSON.parse(readFileSync(configPath, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

const problems = [];
if (!validate(config)) {
  for (const error of validate.errors) problems.push(`${error.instancePath || '/'} ${error.message}${error.params?.additionalProperty ? ` (${error.params.additionalProperty})` : ''}`);
}

// Articles must be real pages of the shop.
for (const [index, article] of (config.articles ?? []).entries()) {
  const path = String(article.url ?? '').split(/[?#]/)[0];
  if (!path.startsWith('/')) continue;
  const file = here(`./public${path.endsWith('/') ? `${path}index.html` : path}`);
  if (!existsSync(file)) problems.push(`/articles/${index}/url ${article.url} is not a page in demo-site/public`);
}

// Every top-level section the product has should be used: this config is the showcase.
const unused = Object.keys(schema.properties).filter((key) => !(key in config));
if (unused.length) problems.push(`/ does not use ${unused.join(', ')} (the demo config should show every section)`);

if (problems.length) {
  console.error(`${configPath}: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(`${configPath.replace(/^.*demo-site\//, 'demo-site/')} is valid against ${schema.title} (${Object.keys(schema.properties).length - 1} sections used).`);
