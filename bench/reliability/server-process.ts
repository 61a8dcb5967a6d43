/**
 * A real Herald server as a child process on loopback, for the crash and soak
 * runs: `node --import tsx src/main.ts`, started with its own environment and
 * watched until it prints that it serves (or exits, which is an error that
 * names the last lines it printed).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Where the server's code is taken from: this checkout, or HERALD_SERVER_DIR
 * (e.g. an export of a commit with node_modules linked), so a long run
 * restarts the same code every round even while the work tree changes.
 */
export const serverDir = process.env.HERALD_SERVER_DIR ? path.resolve(process.env.HERALD_SERVER_DIR) : repoRoot;

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  baseUrl: string;
  /** Everything the process printed so far (stdout and stderr), for the demo passwords and error reports. */
  output(): string;
  /** Resolves with the exit code or signal once the process has gone. */
  exited: Promise<string>;
  kill9(): Promise<string>;
}

/** A port nobody listens on right now (the OS picks it; a tiny race is acceptable on loopback). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer(
  env: Record<string, string>,
  options: { startTimeoutMs?: number; nodeArgs?: string[]; preload?: string[] } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', ...(options.preload ?? []).flatMap((file) => ['--import', file]), path.join(serverDir, 'src/main.ts')], {
    cwd: serverDir,
    env: { ...process.env, HERALD_WORKERS: '1', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Never leave a server behind: if the script dies (an exception, a failed check), its server dies with it.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  child.once('exit', () => process.off('exit', reap));
  let printed = '';
  child.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
  // A guard against a hang, not a speed limit: a first start seeds the demo (pictures included) through tsx, which on
  // two shared cores busy with other test files took over 60 s once.
  const startTimeoutMs = options.startTimeoutMs ?? 180_000;
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Herald did not start within ${startTimeoutMs} ms:\n${printed.slice(-2000)}`));
    }, startTimeoutMs);
    const onData = () => {
      if (printed.includes('Herald is serving')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`Herald exited (${how}) before serving:\n${printed.slice(-2000)}`));
    });
  });
  await ready;
  return {
    child,
    pid: child.pid as number,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => printed,
    exited,
    kill9() {
      child.kill('SIGKILL');
      return exited;
    },
  };
}

/** The demo passwords from a first start's output (`Demo account: EMAIL / PASSWORD (ROLE)`). */
export function demoAccounts(output: string): Map<string, { email: string; password: string }> {
  const accounts = new Map<string, { email: string; password: string }>();
  for (const match of output.matchAll(/Demo account: (\S+) \/ (\S+) \((\w+)\)/g)) accounts.set(match[3]!, { email: match[1]!, password: match[2]! });
  return accounts;
}
