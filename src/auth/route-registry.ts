/**
 * Records every route registered under /api/admin/ (method + URL pattern), so
 * test/api/route-permissions.test.ts can check each one against a table of
 * required roles and fail when a new route was not declared there. It hooks
 * `onRoute`, which only sees routes added after it: registerAuth installs it,
 * and must run before any other admin route is registered.
 */
import type { FastifyInstance } from 'fastify';
import { isAdminApiPath } from './csrf.js';

export interface RegisteredRoute {
  method: string;
  url: string;
}

const registries = new WeakMap<FastifyInstance, RegisteredRoute[]>();

export function trackAdminRoutes(app: FastifyInstance): void {
  if (registries.has(app)) return;
  const routes: RegisteredRoute[] = [];
  registries.set(app, routes);
  app.addHook('onRoute', (route) => {
    if (!isAdminApiPath(route.url)) return;
    for (const method of [route.method].flat())
      // Fastify adds a HEAD twin for every GET; it runs the same handler, so the GET entry covers it.
      if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
}

/** The admin API routes registered on `app` so far (empty if registerAuth was never called). */
export function adminRoutesOf(app: FastifyInstance): RegisteredRoute[] {
  return [...(registries.get(app) ?? [])];
}
