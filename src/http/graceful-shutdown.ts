/**
 * SIGTERM (a deploy, a scale-down, systemd stop): leave without dropping a
 * reader's request or an acknowledged write.
 *
 * 1. Drain: /readyz answers 503, so a load balancer takes the node out, and
 *    any new request is turned away with a 503 and `Connection: close`
 *    (src/http/create-server.ts) — a clean refusal a proxy can retry
 *    elsewhere. Requests already taken on carry on.
 * 2. The listener stays open until no new connection has come for
 *    QUIET_MS (at most MAX_DRAIN_MS): closing a listener resets the
 *    connections still waiting in the kernel's accept queue, which their
 *    clients would see as a connection reset. Then it closes, and further
 *    connections are refused.
 * 3. Requests in flight finish, up to `timeoutMs` in all; connections still
 *    open at the deadline are closed. The scheduler and the wire sources
 *    finish the item in hand, the store closes last. Work that was due but not
 *    done stays in the database and the next start picks it up.
 */
import net from 'node:net';
import type { HeraldApp } from '../app.js';

const QUIET_MS = 100;
const MAX_DRAIN_MS = 2000;

export interface ShutdownResult {
  /** True when requests were still running at the deadline and their connections were closed. */
  forced: boolean;
  durationMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function shutDownGracefully(app: Pick<HeraldApp, 'drain' | 'close' | 'server'>, timeoutMs: number): Promise<ShutdownResult> {
  const started = performance.now();
  app.drain();
  const listener = app.server.server;
  if (listener.listening) {
    let lastConnection = started;
    const seen = () => {
      lastConnection = performance.now();
    };
    listener.on('connection', seen);
    const drainLimit = Math.min(MAX_DRAIN_MS, timeoutMs / 2);
    while (performance.now() - lastConnection < QUIET_MS && performance.now() - started < drainLimit) await sleep(QUIET_MS / 4);
    listener.off('connection', seen);
    // Only the listener: http's close() would also destroy connections accepted a moment ago whose request
    // has not been read yet. Fastify's close below closes what is idle once the stragglers have been answered.
    net.Server.prototype.close.call(listener);
  }
  let forced = false;
  const closing = app.close();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), Math.max(0, timeoutMs - (performance.now() - started)));
  });
  if ((await Promise.race([closing.then(() => 'closed' as const), deadline])) === 'deadline') {
    forced = true;
    app.server.log.warn({ timeoutMs }, 'requests still running at the shutdown deadline; closing their connections');
    app.server.server.closeAllConnections();
  }
  clearTimeout(timer);
  await closing;
  return { forced, durationMs: Math.round(performance.now() - started) };
}
