import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The site owner's command, run as they run it (`heed check` / `heed build` in their CI): exit
// status and messages. The build itself is checked in a browser by
// e2e/tests/site-build-carries-its-config-and-fetches-nothing-before-need.spec.ts. Needs `pnpm build`.

const bin = fileURLToPath(new URL('../bin/heed.mjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'heed-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const heed = (...args: string[]) =>
  new Promise<{ code: number; out: string; err: string }>((done) => {
    execFile(process.execPath, [bin, ...args], { cwd: folder }, (error, out, err) => done({ code: error ? Number(error.code) : 0, out, err }));
  });
const write = (name: string, text: string) => (writeFileSync(join(folder, name), text), name);

describe('heed check', () => {
  it('passes a valid config', async () => {
    const file = write('good.json', JSON.stringify({ signals: { search: { input: '#q' } }, ui: { label: 'Ask us' } }));
    expect(await heed('check', file)).toMatchObject({ code: 0, out: 'good.json: valid\n' });
  });

  it('lists every problem with its JSON path, lazy keys and selectors included, and exits 1', async () => {
    const file = write('bad.json', JSON.stringify({ signals: { search: { input: '#q[', results: 'main >' } }, policy: { maxOffersPerPage: -1 }, articles: [{ title: 'No link' }], bogus: 1 }));
    const { code, err } = await heed('check', file);
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual([
      'bad.json: 5 problems',
      '  articles[0].url: required; entry ignored',
      '  policy.maxOffersPerPage: must be at least 0',
      '  bogus: unknown key; ignored',
      '  signals.search.input: is not a valid CSS selector (expected an attribute name at character 4)',
      '  signals.search.results: is not a valid CSS selector (expected a selector at character 7)',
      '',
    ]);
  });

  it('says where JSON does not parse, and when the file is missing', async () => {
    const file = write('broken.json', '{\n  "ui": {\n    "label": "Help",\n  }\n}\n');
    const broken = await heed('check', file);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/^heed: broken\.json: not valid JSON at line 4, column 3: /);
    expect(await heed('check', 'nowhere.json')).toMatchObject({ code: 1, err: 'heed: nowhere.json: no such file\n' });
  });

  it('refuses unknown flags and commands with exit 2, and explains itself on --help', async () => {
    expect(await heed('check', 'good.json', '--fast')).toMatchObject({ code: 2, err: expect.stringContaining('unknown option --fast') });
    expect(await heed('deploy', 'good.json')).toMatchObject({ code: 2, err: expect.stringContaining('unknown command deploy') });
    expect(await heed('build', 'good.json')).toMatchObject({ code: 2, err: expect.stringContaining('build needs --out') });
    expect(await heed('check')).toMatchObject({ code: 2, err: expect.stringContaining('check needs the config file') });
    const help = await heed('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('heed build <config.json> --out <folder>');
  });
});

describe('heed build', () => {
  it('writes nothing for a config with problems', async () => {
    const file = write('invalid.json', JSON.stringify({ ui: { position: 'top' } }));
    const { code, err } = await heed('build', file, '--out', 'public/invalid/');
    expect(code).toBe(1);
    expect(err).toContain('ui.position: expected one of right, left, bottom');
    expect(existsSync(join(folder, 'public/invalid'))).toBe(false);
  });

  it('writes heed.js, its config chunk and the lazy chunks, prints the tag, and leaves disabled detectors out', async () => {
    const all = write('all.json', JSON.stringify({ ui: { label: 'Ask us', locale: 'pt-BR', title: 'Olá!' }, articles: [{ title: 'Returns', url: '/help/returns' }] }));
    const some = write('some.json', JSON.stringify({ ui: { label: 'Ask us' }, signals: { disabled: ['dead-click', 'rage-click'] } }));
    const built = await heed('build', all, '--out', 'public/heed/');
    expect(built.code, built.err).toBe(0);
    expect(built.out).toContain('<script async src="/heed/heed.js"></script>');
    const files = readdirSync(join(folder, 'public/heed'));
    expect(files).toEqual(expect.arrayContaining(['heed.js', 'heed.schema.json', expect.stringMatching(/^heed-config-[\w-]{8}\.js$/), expect.stringMatching(/^heed-panel-/), expect.stringMatching(/^heed-policy-/)]));
    const code = readFileSync(join(folder, 'public/heed/heed.js'), 'utf8');
    // The config is compiled in; the articles are in the config chunk, not in heed.js.
    expect(code).toContain('"Ask us"');
    expect(code).not.toContain('/help/returns');
    // ui.locale stays in heed.js, which chooses the tab's language (and the panel's) at load; ui.title is the panel's alone.
    expect(code).toContain('"pt-BR"');
    expect(code).not.toContain('Olá!');
    expect(code).not.toContain('dataset');
    expect(readFileSync(join(folder, 'public/heed', files.find((f) => f.startsWith('heed-config-'))!), 'utf8')).toContain('/help/returns');
    // Each detector is an object named for its signal type. Disabled, rage-click and dead-click are not in the file.
    expect(code).toContain('name:"rage-click"');
    expect(code).toContain('name:"dead-click"');
    expect((await heed('build', some, '--out', 'other/', '--base', '/static/heed')).out).toContain('<script async src="/static/heed/heed.js"></script>');
    const smaller = readFileSync(join(folder, 'other/heed.js'), 'utf8');
    expect(smaller).not.toContain('name:"rage-click"');
    expect(smaller).not.toContain('name:"dead-click"');
    expect(smaller).toContain('name:"search-failure"');
    expect(smaller.length).toBeLessThan(code.length - 800);
  }, 60_000);
});
