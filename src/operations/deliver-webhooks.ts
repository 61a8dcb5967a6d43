/**
 * The webhook dispatcher: every tick it looks for due deliveries, claims each
 * with a lease (one conditional UPDATE, so of several nodes exactly one
 * sends it), POSTs it signed, and records the answer. A 2xx is delivered;
 * anything else is retried after 30 s, 1 min, 2 min… at most an hour apart,
 * and once an attempt fails after the delivery's day of retries it is
 * `failed`. The clock and the sender are injected, so tests need no sleeps.
 *
 * If a node dies mid-send, its lease runs out and another node sends again:
 * receivers may see a delivery twice in that rare case and should use the
 * `Herald-Webhook-Id` header (the event's id) to notice.
 */
import { randomUUID } from 'node:crypto';
import { webhookBody, webhookRetryDelayMs, type WebhookDelivery } from '../domain/webhook.js';
import type { AttemptResult, DueDelivery, WebhookSender, WebhookStore } from './webhook-ports.js';
import { signWebhook } from './webhook-signature.js';

export interface WebhookDispatcherOptions {
  store: { webhooks: WebhookStore };
  now: () => Date;
  send: WebhookSender;
  /** Absolute public base URL; the article's `url` in each body. */
  publicUrl: string;
  /** How long a claim holds; well above the sender's timeout. */
  leaseMs?: number;
  /** Deliveries looked at per tick. */
  batchSize?: number;
  /** Deliveries sent at once. */
  concurrency?: number;
  /** 0 (or absent) runs no timer: call `tick()`. */
  intervalMs?: number;
  onError?: (error: unknown) => void;
}

export interface DispatchOutcome {
  deliveryId: number;
  status: AttemptResult['status'];
  responseStatus: number | null;
}

export interface WebhookDispatcher {
  /** One pass now; resolves to what this node attempted. */
  tick(): Promise<DispatchOutcome[]>;
  stop(): void;
}

const MAX_ERROR_CHARS = 1024;

/** What the attempt at `at` makes of a delivery, given the answer (or the failure to get one). */
export function attemptResult(delivery: Pick<WebhookDelivery, 'attempts' | 'retryUntil'>, at: Date, answer: { status: number; body: string } | { error: string }): AttemptResult {
  const iso = at.toISOString();
  if ('status' in answer && answer.status >= 200 && answer.status < 300)
    return { at: iso, status: 'delivered', responseStatus: answer.status, error: null };
  const error = ('status' in answer ? `answered ${answer.status}${answer.body ? `: ${answer.body}` : ''}` : answer.error).slice(0, MAX_ERROR_CHARS);
  const responseStatus = 'status' in answer ? answer.status : null;
  if (iso >= delivery.retryUntil) return { at: iso, status: 'failed', responseStatus, error };
  const next = new Date(at.getTime() + webhookRetryDelayMs(delivery.attempts + 1)).toISOString();
  return { at: iso, status: 'pending', responseStatus, error, nextAttemptAt: next };
}

export function createWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const { store, now, send } = options;
  const leaseMs = options.leaseMs ?? 60_000;
  const batchSize = options.batchSize ?? 20;
  const concurrency = options.concurrency ?? 4;
  const stopping = new AbortController();
  let running: Promise<DispatchOutcome[]> | null = null;

  async function attempt(due: DueDelivery, owner: string): Promise<DispatchOutcome> {
    const { delivery } = due;
    const at = now();
    const timestamp = Math.floor(at.getTime() / 1000);
    const body = webhookBody(delivery.payload, options.publicUrl);
    let answer: { status: number; body: string } | { error: string };
    try {
      answer = await send({
        url: due.url,
        body,
        signal: stopping.signal,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Herald-Webhooks/1',
          'herald-webhook-id': delivery.eventId,
          'herald-webhook-event': delivery.eventType,
          'herald-webhook-timestamp': String(timestamp),
          'herald-webhook-signature': signWebhook(due.secret, timestamp, body),
        },
      });
    } catch (error) {
      answer = { error: error instanceof Error ? error.message : String(error) };
    }
    // Stopping mid-send records nothing: the lease runs out and the next dispatcher sends it again.
    if (stopping.signal.aborted) return { deliveryId: delivery.id, status: 'pending', responseStatus: null };
    // The time of the answer decides the next attempt and whether the day of retries is over.
    const result = attemptResult(delivery, now(), answer);
    await store.webhooks.recordAttempt(delivery.id, owner, result);
    return { deliveryId: delivery.id, status: result.status, responseStatus: result.responseStatus };
  }

  async function pass(): Promise<DispatchOutcome[]> {
    const start = now();
    const queue = await store.webhooks.listDue(start.toISOString(), batchSize);
    const outcomes: DispatchOutcome[] = [];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined && !stopping.signal.aborted; id = queue.shift()) {
        try {
          const at = now();
          const owner = randomUUID();
          const due = await store.webhooks.claim(id, owner, at.toISOString(), new Date(at.getTime() + leaseMs).toISOString());
          // Another node claimed it first, or it stopped being due: theirs to send.
          if (due) outcomes.push(await attempt(due, owner));
        } catch (error) {
          options.onError?.(error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
    return outcomes;
  }

  const tick = () => {
    running ??= pass().finally(() => {
      running = null;
    });
    return running;
  };

  const timer = options.intervalMs ? setInterval(() => void tick().catch(options.onError), options.intervalMs) : null;
  timer?.unref();
  return {
    tick,
    stop() {
      if (timer) clearInterval(timer);
      stopping.abort();
    },
  };
}
