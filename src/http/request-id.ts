/**
 * One id per request, on every log line of it (Fastify's `reqId`), echoed as
 * `X-Request-Id`, shown on the error page and in API error bodies, so a
 * reader's "it broke, reference …" leads to the log lines.
 *
 * An incoming `X-Request-Id` (set by a proxy or load balancer in front, so
 * its logs and ours share the id) is kept only when it is short and made of
 * plain characters: it is written into logs, headers and HTML, and a client
 * could otherwise inject line breaks, markup or megabytes.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ERROR_REFERENCE_SLOT } from '../site/views/error-page.js';

export const REQUEST_ID_HEADER = 'x-request-id';

const ACCEPTED_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export function isAcceptableRequestId(value: unknown): value is string {
  return typeof value === 'string' && ACCEPTED_ID.test(value);
}

/** Fastify's `genReqId`: the caller's id when acceptable, else a fresh UUID. */
export function requestIdFor(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return isAcceptableRequestId(incoming) ? incoming : randomUUID();
}

/** Writes the request id into the error page's empty reference slot (src/site/views/error-page.tsx). */
export function fillRequestIdSlot(html: string, requestId: string): string {
  // The id matched ACCEPTED_ID or is a UUID: nothing in it needs escaping in HTML.
  return html.replace(ERROR_REFERENCE_SLOT, ERROR_REFERENCE_SLOT.replace('></code>', `>${requestId}</code>`));
}
