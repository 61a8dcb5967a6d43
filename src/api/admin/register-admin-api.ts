/** Registers the newsroom's admin API routes (after the session layer, which guards them). */
import type { FastifyInstance } from 'fastify';
import type { AdminApiDeps } from './admin-api-deps.js';
import { registerApiKeyRoutes } from './api-key-routes.js';
import { registerArticleRoutes } from './article-routes.js';
import { registerCurationRoutes } from './curation-routes.js';
import { registerFrontPageRoutes } from './front-page-routes.js';
import { registerImageRoutes } from './image-routes.js';
import { registerReferenceRoutes } from './reference-routes.js';
import { registerWorkflowRoutes } from './workflow-routes.js';

export function registerAdminApi(app: FastifyInstance, deps: AdminApiDeps): void {
  registerReferenceRoutes(app, deps);
  registerArticleRoutes(app, deps);
  registerWorkflowRoutes(app, deps);
  registerImageRoutes(app, deps);
  registerCurationRoutes(app, deps);
  registerFrontPageRoutes(app, deps);
  registerApiKeyRoutes(app, deps);
}
