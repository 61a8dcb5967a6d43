/**
 * Opens a Server-Sent Events response on a Fastify reply: the reply is taken
 * over (hijacked) so the connection stays open, keeps the headers hooks set
 * (request id, security headers), and tells proxies not to buffer. Used by the
 * wire desk's and the live coverage pages' event streams.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';

const streams = new WeakSet<IncomingMessage>();

/** The request is an event stream: it ends when its reader leaves, which is no abandoned request (metrics). */
export const isEventStream = (request: IncomingMessage): boolean => streams.has(request);

export function openEventStream(reply: FastifyReply): ServerResponse {
  streams.add(reply.request.raw);
  reply.hijack();
  const res = reply.raw;
  const inherited = Object.fromEntries(
    Object.entries(reply.getHeaders()).filter((entry): entry is [string, string | number | string[]] => entry[1] !== undefined),
  );
  res.writeHead(200, {
    ...inherited,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 3000\n\n');
  return res;
}
