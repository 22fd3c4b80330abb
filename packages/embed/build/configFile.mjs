// Reads a site owner's heed.config.json for `heed check` and `heed build`, with messages that say
// what is wrong and where: a missing file, or JSON that does not parse (with its line and column).
import { readFileSync } from 'node:fs';

/** An error the command line prints as it is, without a stack, and exits 1. */
export class UsageError extends Error {}

/** Line and column (1-based) of character `index` in `text`. */
const lineColumn = (text, index) => {
  const before = text.slice(0, index).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
};

/** The parsed config at `path`; throws a UsageError when it cannot be read or parsed. */
export function readConfigFile(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(error.code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${error.code || error.message})`);
  }
  try {
    return { text, config: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    // V8 says where in characters ("… in JSON at position 57"); a site owner looks for a line.
    const position = /position (\d+)/.exec(error.message)?.[1];
    const where = position === undefined ? (/end of JSON input/.test(error.message) ? lineColumn(text, text.length) : '') : lineColumn(text, Number(position));
    const reason = error.message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    throw new UsageError(`${path}: not valid JSON${where ? ` at ${where}` : ''}: ${reason}`);
  }
}
