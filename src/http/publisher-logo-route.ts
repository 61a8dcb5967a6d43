/** Serves the publisher logo (src/site/structured-data/publisher-logo.ts), rendered on its first request and kept. */
import type { FastifyInstance } from 'fastify';
import { PUBLISHER_LOGO, renderPublisherLogo } from '../site/structured-data/publisher-logo.js';
import { IMMUTABLE } from './security-headers.js';

export async function registerPublisherLogoRoute(app: FastifyInstance): Promise<void> {
  // Not at start-up: rendering loads sharp, and only crawlers ask for the logo (docs/adr/0010-cold-start.md).
  // A failed rendering is not kept, so the next request tries again.
  let body: Promise<Buffer> | undefined;
  const rendered = () =>
    (body ??= renderPublisherLogo().catch((error: unknown) => {
      body = undefined;
      throw error;
    }));
  app.get(PUBLISHER_LOGO.href, async (_request, reply) => reply.type(PUBLISHER_LOGO.contentType).header('cache-control', IMMUTABLE).send(await rendered()));
}
