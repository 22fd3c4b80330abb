#!/usr/bin/env node
// The site owner's command line (README, "Embedding"):
//   heed check heed.config.json                  validates only
//   heed build heed.config.json --out public/heed/ [--base /heed/]
//   heed lift events.jsonl [--goal purchase] [--json]   the lift report (lift/cli.mjs)
// Both print every config problem with its JSON path and exit 1 when there is one, so they can
// run in the site's own CI; a usage mistake (unknown command or flag, missing argument) exits 2.
import { relative, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { UsageError, readConfigFile } from '../build/configFile.mjs';

const HELP = `Usage:
  heed check <config.json>                      Check a Heed config: every problem with its JSON path.
  heed build <config.json> --out <folder> [--base <url>]
                                                Check it, then write heed.js with the config compiled in,
                                                and the chunks it loads later, into <folder>.
  heed lift <events.jsonl> [--goal <name>] [--json]
                                                The lift report: goal conversion per group, and the
                                                difference with a 95 % interval (heed lift --help).

Options:
  --out <folder>   Where build writes heed.js and its chunks (e.g. public/heed/).
  --base <url>     The URL the folder is served at, for the script tag it prints
                   (default: the folder's path below "public/", else /heed/).
  -h, --help       Show this help.

Exit status: 0 when the config is valid, 1 when it has problems (or cannot be read), 2 on a usage mistake.`;

class Misuse extends Error {}

/** `{ command, file, out, base }` from argv; throws Misuse on anything it does not know. */
function parseArgs(args) {
  const options = { positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    if (flag === '-h' || flag === '--help') options.help = true;
    else if (flag === '--out' || flag === '--base') {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new Misuse(`${flag} needs a value`);
      options[flag.slice(2)] = value;
    } else if (arg.startsWith('-')) throw new Misuse(`unknown option ${arg}`);
    else options.positional.push(arg);
  }
  return options;
}

/** The URL `out` is served at: its path below a `public` folder, else /heed/. */
function baseOf(out) {
  const parts = relative(process.cwd(), resolve(out)).split(sep);
  const at = parts.lastIndexOf('public');
  return at >= 0 ? `/${parts.slice(at + 1).filter(Boolean).join('/')}/`.replace(/\/+/g, '/') : '/heed/';
}

async function main(args) {
  if (args[0] === 'lift') return (await import('../lift/cli.mjs')).runLift(args.slice(1));
  const options = parseArgs(args);
  const [command, file, ...extra] = options.positional;
  if (options.help || !command) return console.log(HELP), options.help ? 0 : 2;
  if (command !== 'check' && command !== 'build') throw new Misuse(`unknown command ${command}`);
  if (!file) throw new Misuse(`${command} needs the config file, e.g. heed ${command} heed.config.json`);
  if (extra.length) throw new Misuse(`unexpected argument ${extra[0]}`);
  if (command === 'build' && !options.out) throw new Misuse('build needs --out <folder>, e.g. --out public/heed/');
  if (command === 'check' && (options.out || options.base)) throw new Misuse(`check takes no --${options.out ? 'out' : 'base'}`);

  const { config } = readConfigFile(file);
  // Loaded after the arguments are known to be right: the build pulls in rollup.
  const { checkConfig } = await import('../build/checkConfig.mjs');
  const { resolved, problems } = checkConfig(config);
  if (problems.length) {
    console.error(`${file}: ${problems.length} problem${problems.length > 1 ? 's' : ''}`);
    for (const { path, message } of problems) console.error(`  ${path}: ${message}`);
    if (command === 'build') console.error('Nothing was written: fix the config and build again.');
    return 1;
  }
  if (command === 'check') return console.log(`${file}: valid`), 0;

  const { buildSite } = await import('../build/siteBuild.mjs');
  const { files, code } = await buildSite(resolved, options.out);
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const base = options.base ? options.base.replace(/\/?$/, '/') : baseOf(options.out);
  console.log(`${file}: valid. Wrote ${files.length} files to ${options.out} (heed.js: ${(brotli / 1024).toFixed(2)} KB brotli).`);
  console.log(`Paste into every page, in <head> (serve ${options.out} at ${base}):\n\n  <script async src="${base}heed.js"></script>\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    if (error instanceof Misuse) console.error(`heed: ${error.message}\nRun heed --help for usage.`);
    else console.error(error instanceof UsageError ? `heed: ${error.message}` : error);
    process.exitCode = error instanceof Misuse ? 2 : 1;
  },
);
