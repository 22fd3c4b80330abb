// A throw-away PostgreSQL cluster for tests and the benchmark: initdb in a temporary folder,
// pg_ctl on a free loopback port, fsync off (nothing here needs to survive a power cut). Uses
// Debian's postgresql package (/usr/lib/postgresql/<version>/bin); CI installs it (.ci/run).
// initdb refuses to run as root, so as root the cluster runs as the `postgres` user.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Plain JavaScript so the benchmark (packages/bench/relay.mjs) can use it as well as the tests.

/**
 * @typedef {object} PgCluster
 * @property {string} url  postgres://postgres@127.0.0.1:<port>/postgres
 * @property {number} port
 * @property {(name: string) => string} database  creates a fresh, empty database; its URL
 * @property {(query: string, database?: string) => string} sql  runs SQL as the superuser (psql), returns its output
 * @property {() => void} stop
 */

/** @returns {string} */
function binDir() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) {
    throw new Error(
      'PostgreSQL binaries not found in /usr/lib/postgresql/<version>/bin: install Debian\'s postgresql package ' +
        '(apt-get install postgresql; .ci/run does this) to run the Postgres relay tests',
    );
  }
  versions.sort((a, b) => Number(b) - Number(a));
  return join(root, versions[0], 'bin');
}

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @returns {Promise<PgCluster>} */
export async function startPostgres() {
  const bin = binDir();
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'heed-pg-'));
  const data = join(dir, 'data');
  if (root) {
    execFileSync('chown', ['postgres:postgres', dir]);
    chmodSync(dir, 0o700);
  }
  /**
   * @param {string} tool
   * @param {string[]} args
   */
  const run = (tool, args) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe', encoding: 'utf8' })
      : execFileSync(join(bin, tool), args, { stdio: 'pipe', encoding: 'utf8' });
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '30', 'start']);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  /**
   * @param {string} query
   * @param {string} [database]
   */
  const sql = (query, database = 'postgres') =>
    execFileSync(join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', database, '-Atqc', query], {
      encoding: 'utf8',
    });
  let stopped = false;
  return {
    url,
    port,
    sql,
    /** @param {string} name */
    database(name) {
      sql(`CREATE DATABASE ${name}`);
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
