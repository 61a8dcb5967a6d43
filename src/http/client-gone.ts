/**
 * Work done for a client that has hung up is wasted, and under a burst it
 * delays the clients still waiting (a search queue full of abandoned
 * requests). This signal lets a handler's slow work stop when its client goes.
 *
 * It watches the response, not the socket: on a keep-alive connection the
 * socket outlives each request, and a listener per request on it would pile
 * up. A response closes both when it was sent and when its connection went
 * first; only the second is abandonment, told apart by `writableEnded`
 * (the handler has called `end`). Fastify's `request.signal` is not used:
 * it fires on the request's close, which also follows every normal answer.
 */
import type { FastifyReply } from 'fastify';

export function clientGoneSignal(reply: FastifyReply): AbortSignal {
  const response = reply.raw;
  const controller = new AbortController();
  const gone = () => {
    if (!response.writableEnded) controller.abort(new Error('The client closed its connection before the response was sent.'));
  };
  // Closed already (the client left while the request was routed): 'close' will not come again.
  if (response.destroyed) gone();
  else response.once('close', gone);
  return controller.signal;
}
