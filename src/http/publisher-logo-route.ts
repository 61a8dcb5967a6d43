/** Serves the publisher logo (src/site/structured-data/publisher-logo.ts), rendered once at start-up. */
import type { FastifyInstance } from 'fastify';
import { PUBLISHER_LOGO, renderPublisherLogo } from '../site/structured-data/publisher-logo.js';
import { IMMUTABLE } from './security-headers.js';

export async function registerPublisherLogoRoute(app: FastifyInstance): Promise<void> {
  const body = await renderPublisherLogo();
  app.get(PUBLISHER_LOGO.href, (_request, reply) => reply.type(PUBLISHER_LOGO.contentType).header('cache-control', IMMUTABLE).send(body));
}
