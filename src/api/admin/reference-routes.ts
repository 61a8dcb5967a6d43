/** Admin API: reference data for the article form, and the audit log (admins). */
import type { FastifyInstance } from 'fastify';
import { requireRole, requireUser, worksInEdition } from '../../auth/guards.js';
import type { AdminApiDeps } from './admin-api-deps.js';
import type { ReferenceData } from './contract.js';

export function registerReferenceRoutes(app: FastifyInstance, deps: AdminApiDeps): void {
  const { store } = deps.ops;
  app.get('/api/admin/reference', async (request): Promise<ReferenceData> => {
    const user = requireUser(request);
    const editions = (await store.listEditions()).filter((e) => worksInEdition(user, e.code));
    const perEdition = await Promise.all(editions.map(async (e) => ({ sections: await store.listSections(e.code), topics: await store.listTopics(e.code) })));
    const [authors, agencies] = await Promise.all([store.listAuthors(), store.listAgencies()]);
    return {
      editions: editions.map((e) => ({ code: e.code, name: e.name, dir: e.dir, lang: e.lang })),
      sections: perEdition.flatMap((p) => p.sections.map((s) => ({ id: s.id, editionCode: s.editionCode, path: s.path, name: s.name, parentId: s.parentId }))),
      topics: perEdition.flatMap((p) => p.topics.map((t) => ({ id: t.id, editionCode: t.editionCode, slug: t.slug, name: t.name, focusPosition: t.focusPosition }))),
      authors: authors.map((a) => ({ id: a.id, name: a.name, initials: a.initials })),
      agencies: agencies.map((a) => ({ id: a.id, code: a.code, name: a.name })),
    };
  });

  /** Who published, unpublished, corrected, deleted or curated what: newest first, 50 a page. */
  app.get('/api/admin/audit', async (request) => {
    requireRole(request, 'admin');
    const page = Math.max(1, Math.min(100_000, Number((request.query as { page?: string }).page) || 1));
    const { items, total } = await store.accounts.listAudit({ limit: 50, offset: (page - 1) * 50 });
    return { items, total, page, pageSize: 50 };
  });
}
