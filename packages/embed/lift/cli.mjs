// `heed lift <events.jsonl> [--goal <name>] [--json]` (also `heed-lift …`): reads an export of Heed's
// events and prints the lift report (report.mjs). Exit status 0 with a report, 1 when the file
// cannot be read, 2 on a usage mistake.
import { readFileSync } from 'node:fs';
import { formatReport, liftReport } from './report.mjs';

export const LIFT_HELP = `Usage:
  heed lift <events.jsonl> [--goal <name>] [--json]
                                                Goal conversion per group (heed, holdout), and the
                                                difference with a 95 % interval, over all sessions
                                                and over those that reached high need.

Options:
  --goal <name>    Count only this goal (default: any goal).
  --json           Print the figures as JSON instead of a table.

Each line of <events.jsonl> is one event with a session id and the visitor's group, e.g.
  {"session":"s1","event":"suppress","group":"holdout","rule":"holdout"}
(README, "Measuring lift", shows how to get this from GA4 and PostHog).`;

/** Runs the command; returns the exit status. @param {string[]} args */
export function runLift(args) {
  /** @type {{ file?: string, goal?: string, json?: boolean }} */
  const options = {};
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') ? args[i].split(/=(.*)/s) : [args[i]];
    if (flag === '-h' || flag === '--help') return console.log(LIFT_HELP), 0;
    if (flag === '--json') options.json = true;
    else if (flag === '--goal') {
      options.goal = inline ?? args[++i];
      if (!options.goal) return usage('--goal needs a name');
    } else if (flag.startsWith('-')) return usage(`unknown option ${flag}`);
    else if (options.file) return usage(`unexpected argument ${flag}`);
    else options.file = flag;
  }
  if (!options.file) return usage('lift needs the events file, e.g. heed lift events.jsonl');
  let text;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch (error) {
    console.error(`heed: cannot read ${options.file}: ${/** @type {Error} */ (error).message}`);
    return 1;
  }
  const report = liftReport(text, { goal: options.goal });
  console.log(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
  return 0;
}

/** @param {string} message */
function usage(message) {
  console.error(`heed: ${message}\nRun heed lift --help for usage.`);
  return 2;
}
