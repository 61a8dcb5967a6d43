/**
 * What webhooks need from a store and from the outside world. The store side
 * is implemented once for both dialects (src/storage/webhook-store.ts); the
 * target check and the sender live in src/webhooks/ so operations and tests
 * can swap them (tests send with a fake and never sleep).
 */
import type { WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint, WebhookEventType, WebhookPayload } from '../domain/webhook.js';

export interface NewWebhookEndpoint {
  url: string;
  description: string;
  events: WebhookEventType[];
  active: boolean;
  secret: string;
  createdAt: string;
  createdBy: number | null;
}

export type WebhookEndpointChanges = Partial<Pick<NewWebhookEndpoint, 'url' | 'description' | 'events' | 'active' | 'secret'>>;

export interface DeliveryQuery {
  endpointId?: number;
  status?: WebhookDeliveryStatus;
  limit: number;
}

/** A due delivery with what sending it needs. */
export interface DueDelivery {
  delivery: WebhookDelivery;
  url: string;
  secret: string;
}

export interface AttemptResult {
  at: string;
  status: WebhookDeliveryStatus;
  responseStatus: number | null;
  error: string | null;
  /** When `status` is pending: the next attempt. */
  nextAttemptAt?: string;
}

export interface WebhookStore {
  listEndpoints(): Promise<WebhookEndpoint[]>;
  getEndpoint(id: number): Promise<WebhookEndpoint | null>;
  insertEndpoint(endpoint: NewWebhookEndpoint): Promise<number>;
  updateEndpoint(id: number, changes: WebhookEndpointChanges & { updatedAt: string }): Promise<boolean>;
  deleteEndpoint(id: number): Promise<boolean>;
  /**
   * Queues one delivery of `payload` per active endpoint subscribed to its type, first due at `dueAt`.
   * Called inside the transaction of the change, so the change and its deliveries commit together.
   */
  enqueue(payload: WebhookPayload, dueAt: string): Promise<number>;
  /** Queues `payload` again for one endpoint (an admin's redelivery). */
  enqueueFor(endpointId: number, payload: WebhookPayload, dueAt: string): Promise<number>;
  getDelivery(id: number): Promise<WebhookDelivery | null>;
  listDeliveries(query: DeliveryQuery): Promise<WebhookDelivery[]>;
  /** Ids of pending deliveries due at `now` and not leased by anyone, oldest due first. */
  listDue(now: string, limit: number): Promise<number[]>;
  /**
   * Takes the lease of one due delivery until `leaseUntil` under `owner`; false when another
   * node holds it or it is no longer pending. One UPDATE, so two nodes cannot both win.
   */
  claim(id: number, owner: string, now: string, leaseUntil: string): Promise<DueDelivery | null>;
  /** Records an attempt and releases the lease, if `owner` still holds it. */
  recordAttempt(id: number, owner: string, result: AttemptResult): Promise<boolean>;
}

/** Decides whether a URL may receive webhooks (scheme, and where its host resolves). Throws a HeraldError when not. */
export type WebhookTargetCheck = (url: string) => Promise<void>;

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Aborted when the dispatcher stops. */
  signal?: AbortSignal;
}

/** Posts one delivery; resolves with the answer (any status), rejects when no answer came (refused target, timeout, network). */
export type WebhookSender = (request: WebhookRequest) => Promise<{ status: number; body: string }>;
