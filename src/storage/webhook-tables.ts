/** Table types of the webhooks (migration 010), kept beside their queries; src/storage/database.ts lists them. */
import type { Generated } from 'kysely';

export interface WebhookEndpointTable {
  id: Generated<number>;
  url: string;
  description: Generated<string>;
  /** Comma-separated event types. */
  events: string;
  secret: string;
  active: Generated<number>;
  created_at: string;
  updated_at: string;
  created_by: number | null;
}

export interface WebhookDeliveryTable {
  id: Generated<number>;
  endpoint_id: number;
  event_id: string;
  event_type: string;
  /** The WebhookPayload as JSON. */
  payload: string;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: string;
  retry_until: string;
  lease_until: string | null;
  lease_owner: string | null;
  created_at: string;
  last_attempt_at: string | null;
  response_status: number | null;
  last_error: string | null;
  delivered_at: string | null;
}
