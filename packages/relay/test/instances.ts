// Relay instances as child processes (the command line, as operators run it), for tests that
// need several processes on one database and one that can be killed with SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../src/cli.js', import.meta.url));

export interface Instance {
  name: string;
  url: string;
  wsUrl: string;
  child: ChildProcess;
  output: () => string;
  /** SIGKILL, and wait for the process to be gone. */
  kill(): Promise<void>;
  /** SIGTERM (graceful), and wait for the exit code. */
  stop(): Promise<number | null>;
}

export function startInstance(name: string, db: string, args: string[] = [], env: Record<string, string> = {}): Promise<Instance> {
  const child = spawn(process.execPath, [CLI, '--port', '0', '--db', db, ...args], {
    env: { ...process.env, HEED_RELAY_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay ${name} did not start: ${out}`)), 15_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /visitors: (ws:\/\/[^\s]+)\/visitor/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      const wsUrl = m[1];
      resolve({
        name,
        url: wsUrl.replace(/^ws/, 'http'),
        wsUrl,
        child,
        output: () => out,
        async kill() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`relay ${name} exited with ${code}: ${out}`));
    });
  });
}

/** Polls `probe` until it returns a truthy value (at most `ms`). */
export async function eventually<T>(probe: () => Promise<T> | T, what: string, ms = 6000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`not ${what} within ${ms} ms${last ? `: ${String(last)}` : ''}`);
}
