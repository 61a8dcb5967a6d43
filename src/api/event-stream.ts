/**
 * Opens a Server-Sent Events response on a Fastify reply: the reply is taken
 * over (hijacked) so the connection stays open, keeps the headers hooks set
 * (request id, security headers), and tells proxies not to buffer. Used by the
 * wire desk's and the live coverage pages' event streams.
 */
import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';

export function openEventStream(reply: FastifyReply): ServerResponse {
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
