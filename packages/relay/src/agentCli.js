// `heed-relay agent add|remove|list`: agent accounts in the relay's database (SQLite file or
// Postgres URL, from --db / HEED_RELAY_DB). The password comes from stdin (piped) or a prompt
// that does not echo it; it is stored only as a scrypt hash.

import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { hashPassword } from './auth/password.js';
import { DEFAULT_DB } from './options.js';
import { openStore } from './store/openStore.js';

export const AGENT_HELP = `heed-relay agent: agent accounts for the console

  heed-relay agent add <name> [--team <team>]... [--db <file|postgres://…>]
      password from stdin (first line) or a prompt; an existing agent gets the new password and teams
  heed-relay agent remove <name> [--db …]
  heed-relay agent list [--db …]

Teams are the names your site gives experts[].name (empty: the agent answers every team).
`;

/** @returns {Promise<string>} */
function readPassword() {
  if (!process.stdin.isTTY) {
    return new Promise((resolve, reject) => {
      let text = '';
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', (chunk) => (text += chunk));
      process.stdin.on('end', () => resolve(text.split(/\r?\n/)[0] ?? ''));
      process.stdin.on('error', reject);
    });
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed: only the prompt is written.
  const rlAny = /** @type {any} */ (rl);
  rlAny._writeToOutput = (/** @type {string} */ text) => {
    if (text.includes('Password')) process.stdout.write(text);
  };
  return new Promise((resolve) =>
    rl.question('Password for the agent: ', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    }),
  );
}

/**
 * @param {string[]} args  after `agent`
 * @returns {Promise<number>}  exit code
 */
export async function agentCommand(args) {
  const { values, positionals } = parseArgs({
    args,
    options: { team: { type: 'string', multiple: true }, db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  const [action, name] = positionals;
  if (values.help || !action) {
    process.stdout.write(AGENT_HELP);
    return values.help ? 0 : 2;
  }
  if ((action === 'add' || action === 'remove') && !name) {
    console.error(`agent ${action} needs a name\n\n${AGENT_HELP}`);
    return 2;
  }
  const db = values.db || process.env.HEED_RELAY_DB || DEFAULT_DB;
  const teams = (values.team ?? []).flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean);
  if (action === 'add') {
    const password = await readPassword();
    if (password.length < 8) {
      console.error('the password must have at least 8 characters');
      return 2;
    }
    const store = await openStore(db);
    try {
      await store.putAgent({ name, password: await hashPassword(password), teams }, Date.now());
    } finally {
      await store.close();
    }
    console.log(`agent ${name} saved${teams.length ? ` (teams: ${teams.join(', ')})` : ' (all teams)'}`);
    return 0;
  }
  const store = await openStore(db);
  try {
    if (action === 'remove') {
      const removed = await store.removeAgent(name);
      console.log(removed ? `agent ${name} removed` : `no agent ${name}`);
      return removed ? 0 : 1;
    }
    if (action === 'list') {
      for (const a of await store.listAgents()) console.log(`${a.name}\t${a.teams.join(',') || '(all teams)'}`);
      return 0;
    }
  } finally {
    await store.close();
  }
  console.error(`unknown agent command ${action}\n\n${AGENT_HELP}`);
  return 2;
}
