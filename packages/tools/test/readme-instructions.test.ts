import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readmeNpmSnippet } from '../fresh-app.mjs';

// "Every instruction in the README is followed by a test or a script that does exactly what it
// says": the commands it names exist, the files and links it names are there, and the snippets it
// gives are the ones the end-to-end tests run. (Issue #11, item 13: a newcomer fell into each gap.)

const repo = (path = '') => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const readme = readFileSync(repo('README.md'), 'utf8');
const rootPackage = JSON.parse(readFileSync(repo('package.json'), 'utf8')) as { packageManager: string; scripts: Record<string, string> };

/** Everything the README sets as code: fenced blocks and inline code spans. */
const code = [...readme.matchAll(/```[\w-]*\n([\s\S]*?)```/g), ...readme.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);

/** pnpm's own commands, which are no scripts. */
const BUILT_IN = new Set(['install', 'pack', 'exec', 'add', 'dlx']);

/** `pnpm <script>`, `npx -y pnpm@<version> <script>`, `pnpm --filter <package> <script>` in the README's code. */
const commands = code.flatMap((text) =>
  [...text.matchAll(/(?:npx -y pnpm@([\d.]+)|\bpnpm)(?: --filter (\S+))? ([a-z][\w:-]*)/g)].map(([whole, version, filter, script]) => ({ whole, version, filter, script: script! })),
);

/** Repository paths named in code (`packages/…`, `e2e/…`, `demo-site/…`, `.ci/…`). */
const paths = [...new Set(code.flatMap((text) => [...text.matchAll(/(?<![\w.-])((?:packages|demo-site|e2e|\.ci)\/[\w./*-]*)/g)].map((m) => m[1]!.replace(/[.,]$/, ''))))];
const builtOnly = (path: string) => /(^|\/)dist(\/|$)/.test(path);

/** Whether `path` (possibly with one `*` in its last segment) names something in the repository. */
function present(path: string): boolean {
  if (!path.includes('*')) return existsSync(repo(path));
  const folder = dirname(path);
  const pattern = new RegExp(`^${path.slice(folder.length + 1).replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`);
  return existsSync(repo(folder)) && readdirSync(repo(folder)).some((name) => pattern.test(name));
}

describe('README instructions', () => {
  it('names only pnpm commands that exist: root scripts, a package’s scripts, or pnpm’s own', () => {
    expect(commands.length).toBeGreaterThan(10);
    const missing = commands.filter(({ filter, script }) => {
      if (BUILT_IN.has(script)) return false;
      if (!filter) return !(script in rootPackage.scripts);
      const dir = readdirSync(repo('packages')).find((name) => existsSync(repo(`packages/${name}/package.json`)) && JSON.parse(readFileSync(repo(`packages/${name}/package.json`), 'utf8')).name === filter);
      return !dir || !(script in (JSON.parse(readFileSync(repo(`packages/${dir}/package.json`), 'utf8')).scripts ?? {}));
    });
    expect(missing.map((command) => command.whole)).toEqual([]);
  });

  it('fetches the pnpm version the repository pins', () => {
    const versions = new Set(commands.map((command) => command.version).filter(Boolean));
    expect([...versions]).toEqual([rootPackage.packageManager.replace(/^pnpm@/, '')]);
  });

  it('links and shows only files that exist', () => {
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((target) => !/^(https?:|mailto:|#)/.test(target));
    expect(targets.length).toBeGreaterThan(5);
    expect(targets.filter((target) => !existsSync(repo(target.replace(/#.*$/, ''))))).toEqual([]);
  });

  it('names only repository paths that exist (build outputs: see below)', () => {
    expect(paths.filter((path) => !builtOnly(path) && !present(path))).toEqual([]);
  });

  it('links to how to run the relay for one’s own site', () => {
    expect(readme.includes('](packages/relay/README.md)'), 'a link to packages/relay/README.md').toBe(true);
  });

  // Build outputs exist only after `pnpm build`, which `pnpm test` runs before the unit tests.
  it.skipIf(!existsSync(repo('packages/embed/dist/heed.js')))('after `pnpm build`: the files it names in dist/ exist, heed.schema.json among them', () => {
    const built = paths.filter(builtOnly);
    expect(built).toContain('packages/embed/dist/heed.js');
    // demo-site/dist/ is the demo's per-site build, made by `pnpm demo` and the e2e server, not by `pnpm build`.
    expect(built.filter((path) => !path.startsWith('demo-site/dist/') && !present(path))).toEqual([]);
    // The config example's "$schema", with packages/embed/dist/ served as /heed/ as the README says.
    const schemaUrl = /"\$schema": "([^"]+)"/.exec(readme)?.[1];
    expect(schemaUrl).toMatch(/^\/heed\//);
    expect(existsSync(repo(`packages/embed/dist/${schemaUrl!.slice('/heed/'.length)}`))).toBe(true);
    expect(readFileSync(repo('packages/embed/dist/heed.schema.json'), 'utf8')).toBe(readFileSync(repo('packages/core/schema/heed.schema.json'), 'utf8'));
  });

  it('names the tarballs `pnpm pack` makes of the two packages', () => {
    for (const name of ['core', 'widget']) {
      const { name: packageName, version } = JSON.parse(readFileSync(repo(`packages/${name}/package.json`), 'utf8'));
      const tarball = `./${packageName.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
      expect(readme.includes(tarball), tarball).toBe(true);
    }
  });

  it('gives the npm snippet that the fresh-app e2e test runs, importing only public exports', async () => {
    const snippet = readmeNpmSnippet(readme);
    const imports = [...snippet.matchAll(/import \{([^}]+)\} from '(@heed\/[\w-]+)'/g)].map(([, names, from]) => ({ from: from!, names: names!.split(',').map((n) => n.trim()) }));
    expect(imports.map((i) => i.from)).toEqual(['@heed/core', '@heed/widget']);
    const modules: Record<string, Record<string, unknown>> = { '@heed/core': await import('@heed/core'), '@heed/widget': await import('@heed/widget') };
    for (const { from, names } of imports) for (const name of names) expect(modules[from]![name], `${from} exports ${name}`).toBeDefined();
    expect(readFileSync(repo('e2e/tests/npm-packages-work-in-a-fresh-app.spec.ts'), 'utf8')).toContain('createFreshApp');
  });

  it('gives the script tag that the e2e fixture pages use', () => {
    const tag = /<script async src="\/heed\/heed\.js" data-config="[^"]+"><\/script>/.exec(readme)?.[0];
    expect(tag).toBeDefined();
    const fixture = readFileSync(repo('e2e/fixtures/basic.html'), 'utf8');
    expect(fixture).toContain(tag!.replace(/data-config="[^"]+"/, 'data-config="/configs/good.json"'));
  });
});
