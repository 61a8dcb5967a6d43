/**
 * Real Herald processes for the multi-process tests: `node --import tsx src/main.ts`
 * (and `src/cli/herald.ts`) on a test store, as an operator runs them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestStore } from './test-stores.js';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface HeraldProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  output(): string;
}

export function heraldEnv(handle: TestStore, env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env, HERALD_DATA_DIR: handle.dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info',
    HERALD_PUBLIC_URL: 'http://news.example', HERALD_WEBHOOK_INTERVAL_MS: '0', HERALD_WORKERS: '1', ...env,
  };
  delete childEnv.REDIS_URL;
  if (handle.databaseUrl) childEnv.DATABASE_URL = handle.databaseUrl;
  else delete childEnv.DATABASE_URL;
  return childEnv;
}

/** Starts a server and resolves once it listens (for a cluster: once each of its HERALD_WORKERS does). */
export function startHerald(handle: TestStore, env: Record<string, string> = {}): Promise<HeraldProcess> {
  const listeners = Number(env.HERALD_WORKERS ?? '1');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/main.ts')], {
    cwd: REPO_ROOT, env: heraldEnv(handle, env), stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = [...output.matchAll(/"msg":"Server listening at (http:\/\/127\.0\.0\.1:\d+)"/g)];
      if (listening.length >= listeners && listening[0]?.[1]) resolve({ child, url: listening[0][1], exited, output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`herald exited (${code}) before listening:\n${output}`)));
  });
}

/** A GET on a connection of its own (fetch would reuse one, and so always reach the same cluster worker). */
export function getOnNewConnection(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    }).on('error', reject);
  });
}

/** Runs `herald COMMAND…` to completion. */
export function runHeraldCommand(handle: TestStore, args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli/herald.ts'), ...args], {
    cwd: REPO_ROOT, env: heraldEnv(handle), stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

/** Runs `herald ARGS…` as an operator does, with this environment and standard input; stdout and stderr apart. */
export function runHeraldCli(args: string[], env: NodeJS.ProcessEnv, stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli/herald.ts'), ...args], { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** Signs in over HTTP and returns a caller for the admin API. */
export async function adminSession(base: string, email: string, password: string) {
  const login = await fetch(new URL('/api/admin/session', base), {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers.getSetCookie().find((c) => c.startsWith('herald_session='))?.split(';')[0] ?? '';
  return {
    cookie,
    async call<T>(method: string, pathname: string, body?: unknown, on: string = base): Promise<{ status: number; body: T }> {
      const response = await fetch(new URL(pathname, on), {
        method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
    },
  };
}
