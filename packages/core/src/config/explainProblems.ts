import { reportProblem, type Report } from './reportProblem.js';
import { kindOf, type ConfigProblem, type PathStep, type RawProblem } from './validate.js';

const NAMES: Record<string, string> = { s: 'string', c: 'string', n: 'number', i: 'integer', b: 'boolean', a: 'array', o: 'object' };

/** `signals.weights["back-nav"]`, `pages[2].match`: the path as an owner would write it in JavaScript. */
export const joinPath = (steps: PathStep[]): string =>
  steps.reduce<string>(
    (path, key) =>
      typeof key === 'number' ? `${path}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.` : '') + key : `${path}[${JSON.stringify(key)}]`,
    '',
  ) || '(root)';

/** What went wrong, in the words the README's config reference uses. */
function messageOf([, check, spec, value]: RawProblem): string {
  if (check === 'u') return 'unknown key; ignored';
  if (check === 'r') return 'required; entry ignored';
  const [type = 'o', , low, high] = spec || [];
  const unit = type === 'a' ? ' entries' : type === 's' || type === 'c' ? ' characters long' : '';
  if (check === 'e') return `expected one of ${(low as unknown[]).join(', ')}`;
  if (check === 'f') return 'must be finite';
  if (check === '<') return `must be at least ${low}${unit}`;
  if (check === '>') return `must be at most ${high}${unit}`;
  if (check === 'c') return 'is not a valid CSS selector';
  const kind = kindOf(value);
  return `expected ${NAMES[type]}, got ${NAMES[kind] || kind}`;
}

/** Words the validator's problems, each with its JSON path. */
// Array.from, not .map: a page may break Array.prototype.map, and every chunk words its problems (issue #16).
export const explain = (problems: RawProblem[]): ConfigProblem[] => Array.from(problems, (problem) => ({ path: joinPath(problem[0]()), message: messageOf(problem) }));

/**
 * heed.js's config problems, loaded as a chunk of their own only when there are some: each becomes
 * a console warning and a `config-invalid` error, at most `max` of them.
 */
export const reportAll = (problems: RawProblem[], report: Report, max: number): void => explain(problems.slice(0, max)).forEach(reportProblem(report));
