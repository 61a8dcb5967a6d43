/**
 * SIGTERM during a burst, on the real server as an operator runs it (a child
 * process: `node --import tsx src/main.ts`), on every store.
 *
 * Clients open a fresh connection for each request, so every request has one
 * of these outcomes, which the test tells apart:
 * - answered: a complete HTTP response;
 * - refused: the connection was refused (ECONNREFUSED) — the listener was
 *   already closed;
 * - cut: the socket closed or was reset without a response.
 * The server logs every request it takes on (`request received`, with its
 * id, at LOG_LEVEL=debug), and each request sends its own `X-Request-Id`.
 * "No request got a connection reset" then means: every request the server
 * received was answered, and a cut happens only to a request the server never
 * received (a connection still in the kernel's accept queue when the
 * listener closed). Requests sent before the SIGTERM are all answered 2xx.
 *
 * Then: every publish that was acknowledged (200) is published after a restart
 * on the same data, and an article scheduled for a time that passed while the
 * server was down is published by the next start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../helpers/auth-client.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Server {
  child: ChildProcess;
  url: string;
  /** Request ids the server logged as received. */
  received: Set<string>;
  /** Those it received before it logged the SIGTERM (log lines are written in order). */
  receivedBeforeSignal: Set<string>;
  exited: Promise<number | null>;
  output: () => string;
}

function startServer(handle: TestStore, env: Record<string, string>): Promise<Server> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env, HERALD_DATA_DIR: handle.dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug',
    HERALD_PUBLIC_URL: 'http://news.example', HERALD_WEBHOOK_INTERVAL_MS: '0', ...env,
  };
  if (handle.databaseUrl) childEnv.DATABASE_URL = handle.databaseUrl;
  else delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/main.ts')], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const received = new Set<string>();
  const receivedBeforeSignal = new Set<string>();
  let signalled = false;
  let output = '';
  let pending = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onLine = (line: string) => {
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { msg?: string; reqId?: string };
      if (entry.msg === 'request received' && entry.reqId) {
        received.add(entry.reqId);
        if (!signalled) receivedBeforeSignal.add(entry.reqId);
      }
      if (/^SIG(TERM|INT) received/.test(entry.msg ?? '')) signalled = true;
      const listening = /^Server listening at (http:\/\/127\.0\.0\.1:\d+)$/.exec(entry.msg ?? '');
      if (listening?.[1]) resolve({ child, url: listening[1], received, receivedBeforeSignal, exited, output: () => output });
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
}

type Outcome = { kind: 'answered'; status: number; body: string; setCookie: string[] } | { kind: 'refused' } | { kind: 'cut'; code: string };

let sequence = 0;
/** One request on a fresh connection (`agent: false`), classified. */
function send(base: string, method: string, pathname: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Outcome & { id: string }> {
  const id = `burst-${++sequence}`;
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve) => {
    const request = http.request(new URL(pathname, base), {
      method, agent: false,
      headers: { 'x-request-id': id, ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers },
    }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({
        id, kind: 'answered', status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString(), setCookie: response.headers['set-cookie'] ?? [],
      }));
      response.on('error', (error: NodeJS.ErrnoException) => resolve({ id, kind: 'cut', code: `mid-response ${error.code ?? error.message}` }));
    });
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'ECONNREFUSED' ? { id, kind: 'refused' } : { id, kind: 'cut', code: error.code ?? error.message }));
    request.end(body);
  });
}

for (const kind of testStoreKinds) {
  describe(`graceful shutdown on ${kind.name}`, () => {
    let handle: TestStore;
    let server: Server | undefined;
    beforeAll(async () => {
      handle = await kind.open();
    });
    afterAll(async () => {
      server?.child.kill('SIGKILL');
      await handle?.dispose();
    });

    it('finishes what it accepted, refuses the rest cleanly, loses no acknowledged publish and resumes scheduled work', async () => {
      server = await startServer(handle, { HERALD_SCHEDULER_INTERVAL_MS: '3600000' });
      const first = server;
      const user = await createTestUser(handle.store.accounts, { role: 'admin', email: 'shutdown@test.example' });
      const login = await send(first.url, 'POST', '/api/admin/session', { body: { email: user.email, password: TEST_PASSWORD } });
      expect(login.kind === 'answered' && login.status).toBe(200);
      const { csrfToken: csrf } = JSON.parse((login as { body: string }).body) as { csrfToken: string };
      const cookie = (login as { setCookie: string[] }).setCookie.find((c) => c.startsWith('herald_session='))?.split(';')[0] ?? '';
      expect(cookie).not.toBe('');
      const admin = (method: string, pathname: string, body?: unknown) =>
        send(first.url, method, pathname, { body, headers: { cookie, 'x-csrf-token': csrf } });
      const [section] = await handle.store.listSections('en');
      expect(section).toBeDefined();

      // An article already due: this server's scheduler passes only hourly (its first pass an hour after start), so only the next start can publish it.
      const draft = await admin('POST', '/api/admin/articles', { editionCode: 'en', sectionId: section!.id, headline: 'Due while the server is down' });
      expect(draft.kind === 'answered' && draft.status).toBe(201);
      const scheduledDraft = JSON.parse((draft as { body: string }).body) as { id: number; revision: number };
      const publishAt = new Date(Date.now() - 1000).toISOString();
      const scheduled = await admin('POST', `/api/admin/articles/${scheduledDraft.id}/schedule`, { revision: scheduledDraft.revision, publishAt });
      expect(scheduled.kind === 'answered' && scheduled.status).toBe(200);

      const all: (Outcome & { id: string })[] = [];
      const acknowledged: number[] = [];
      let signalled = false;
      // A client stops at the first sign that the server is going (as a load balancer would): refused, cut or 503.
      const carryOn = (outcome: Outcome & { id: string }) => {
        all.push(outcome);
        return outcome.kind === 'answered' && outcome.status !== 503;
      };
      const publisher = async (n: number) => {
        for (let i = 0; ; i++) {
          const created = await admin('POST', '/api/admin/articles', { editionCode: 'en', sectionId: section!.id, headline: `Burst ${n}.${i}` });
          if (!carryOn(created) || created.kind !== 'answered' || created.status !== 201) return;
          const { id, revision } = JSON.parse(created.body) as { id: number; revision: number };
          const published = await admin('POST', `/api/admin/articles/${id}/publish`, { revision });
          if (!carryOn(published) || published.kind !== 'answered' || published.status !== 200) return;
          acknowledged.push(id);
          // SIGTERM mid-burst: other requests are in flight at this moment.
          if (!signalled && acknowledged.length >= 8) {
            signalled = true;
            first.child.kill('SIGTERM');
          }
        }
      };
      const reader = async () => {
        const paths = ['/en/', '/api/v1/articles?edition=en', '/en/world/', '/healthz', '/readyz'];
        for (let i = 0; carryOn(await send(first.url, 'GET', paths[i % paths.length] as string)); i++);
      };
      await Promise.all([publisher(1), publisher(2), reader(), reader(), reader(), reader()]);
      expect(await first.exited).toBe(0);

      const count = (test: (o: Outcome) => boolean) => all.filter(test).length;
      console.log(`graceful shutdown on ${kind.name}: ${all.length} requests: ` +
        `${count((o) => o.kind === 'answered' && o.status !== 503)} answered, ${count((o) => o.kind === 'answered' && o.status === 503)} turned away with 503, ` +
        `${count((o) => o.kind === 'refused')} refused, ${count((o) => o.kind === 'cut')} cut; ${acknowledged.length} publishes acknowledged`);
      // No connection was cut: every request got a complete answer or its connection was refused.
      expect(all.filter((o) => o.kind === 'cut')).toEqual([]);
      // Every request the server received was answered in full; a server error only as the drain's 503.
      for (const o of all.filter((o) => first.received.has(o.id)))
        expect(o.kind === 'answered' && (o.status < 500 || (o.status === 503 && /restarting|shutting down/.test(o.body))), JSON.stringify(o)).toBe(true);
      // And the server received every request that was answered: none was answered by anything else.
      expect(all.filter((o) => o.kind === 'answered' && !first.received.has(o.id))).toEqual([]);
      // Requests the server took on before the signal were answered normally (in flight at the signal: finished).
      const beforeSignal = all.filter((o) => first.receivedBeforeSignal.has(o.id));
      expect(beforeSignal.length).toBeGreaterThan(20);
      expect(beforeSignal.filter((o) => o.kind !== 'answered' || o.status >= 500)).toEqual([]);
      // Every loop ended because the server was going: a 503 or a refused connection.
      expect(count((o) => o.kind === 'refused' || (o.kind === 'answered' && o.status === 503))).toBe(6);
      expect(acknowledged.length).toBeGreaterThanOrEqual(8);
      expect(first.output()).toMatch(/"msg":"shut down"/);

      // Restart on the same data with a working scheduler: it publishes what fell due while it was down.
      server = await startServer(handle, { HERALD_SCHEDULER_INTERVAL_MS: '100' });
      const second = server;
      for (const id of acknowledged) expect((await handle.store.getArticle(id))?.status, `article ${id}`).toBe('published');
      // The scheduler's first pass runs 100 ms after the start, in the child process: wait until the store shows its publication.
      await vi.waitFor(async () => expect((await handle.store.getArticle(scheduledDraft.id))?.status, 'published by the next start').toBe('published'), {
        timeout: 10_000, interval: 50,
      });
      const ready = await send(second.url, 'GET', '/readyz');
      expect(ready.kind === 'answered' && ready.status).toBe(200);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }, 90_000);
  });
}
