/** Registers the newsroom's admin API routes (after the session layer, which guards them). */
import type { FastifyInstance } from 'fastify';
import type { AdminApiDeps } from './admin-api-deps.js';
import { registerApiKeyRoutes } from './api-key-routes.js';
import { registerArticleRoutes } from './article-routes.js';
import { registerCurationRoutes } from './curation-routes.js';
import { registerFrontPageRoutes } from './front-page-routes.js';
import { registerFooterRoutes } from './footer-routes.js';
import { registerLiveTvRoutes } from './live-tv-routes.js';
import { registerImageRoutes } from './image-routes.js';
import { registerLiveRoutes } from './live-routes.js';
import { registerReferenceRoutes } from './reference-routes.js';
import { registerReviewRoutes } from './review-routes.js';
import { registerWorkflowRoutes } from './workflow-routes.js';

export function registerAdminApi(app: FastifyInstance, deps: AdminApiDeps): void {
  registerReferenceRoutes(app, deps);
  registerArticleRoutes(app, deps);
  registerWorkflowRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerImageRoutes(app, deps);
  registerCurationRoutes(app, deps);
  registerFrontPageRoutes(app, deps);
  registerFooterRoutes(app, deps);
  registerLiveRoutes(app, deps);
  registerLiveTvRoutes(app, deps);
  registerApiKeyRoutes(app, deps);
}
