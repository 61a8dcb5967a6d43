/**
 * Every admin API route, checked from the outside: anonymous → 401 (except
 * sign-in), too low a role → 403 from requireRole, high enough → neither, and
 * no state change without the CSRF token. Routes are discovered from the
 * running server (src/auth/route-registry.ts), so a route missing from
 * REQUIRED_ROLE below fails this test: when you add an admin route, add one
 * line here. The role is decided by the operation behind a route, so each
 * call carries a body the route accepts and, for article routes, a fresh
 * draft of its own: the 403 must come from the access rules, not from a
 * missing article or a malformed body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, SYSTEM, type Role } from '../../src/domain/identity.js';
import { createArticle } from '../../src/operations/create-article.js';
import { adminRoutesOf, type RegisteredRoute } from '../../src/auth/route-registry.js';
import { createTestUser, login, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

type Rule = Role | 'public' | { role: Role; /** A concrete URL to call, when `:param` → 1 is not useful. */ path?: string; body?: unknown };

/** The minimum role for every admin API route, keyed `METHOD /url/:pattern` exactly as registered. */
const REQUIRED_ROLE: Record<string, Rule> = {
  'POST /api/admin/session': 'public',
  'GET /api/admin/session': 'reporter',
  'DELETE /api/admin/session': 'reporter',
  'GET /api/admin/users': 'admin',
  'POST /api/admin/users': 'admin',
  'PATCH /api/admin/users/:id': 'admin',

  // Newsroom routes (src/api/admin/{reference,article,workflow,image}-routes.ts), declared from their code;
  // reporters' edits are further limited to their own drafts, which is a 403 of another kind.
  'GET /api/admin/reference': 'reporter',
  'GET /api/admin/audit': 'admin',
  'GET /api/admin/articles': 'reporter',
  'POST /api/admin/articles': { role: 'reporter', body: { editionCode: 'en', sectionId: 0, headline: 'Permission probe', body: [] } },
  'GET /api/admin/articles/:id': 'reporter',
  'PUT /api/admin/articles/:id': 'reporter',
  'DELETE /api/admin/articles/:id': 'editor',
  'POST /api/admin/articles/:id/submit': 'reporter',
  'POST /api/admin/articles/:id/send-back': { role: 'editor', body: { revision: 1, note: 'Probe.' } },
  'GET /api/admin/review': 'reporter',
  'POST /api/admin/articles/:id/publish': { role: 'editor', body: { revision: 1 } },
  'POST /api/admin/articles/:id/schedule': { role: 'editor', body: { revision: 1, publishAt: '2031-01-01T08:00:00.000Z' } },
  'POST /api/admin/articles/:id/unpublish': { role: 'editor', body: { revision: 1 } },
  'POST /api/admin/articles/:id/correct': { role: 'editor', body: { revision: 1, notice: { kind: 'correction', text: 'Probe.' } } },
  'GET /api/admin/articles/:id/revisions': 'reporter',
  'GET /api/admin/articles/:id/revisions/:revision': 'reporter',
  'GET /api/admin/articles/:id/diff': 'reporter',
  'POST /api/admin/articles/:id/revisions/:revision/restore': 'reporter',
  'GET /api/admin/articles/:id/preview': 'reporter',
  'POST /api/admin/images': 'reporter',
  'GET /api/admin/images': 'reporter',
  'GET /api/admin/images/:id': 'reporter',
  'PATCH /api/admin/images/:id': 'reporter',

  // Curation and structure (src/api/admin/curation-routes.ts): editors curate their editions; admins change structure.
  'PUT /api/admin/editions/:code': {
    role: 'admin', path: '/api/admin/editions/en',
    body: { name: 'English', lang: 'en', dir: 'ltr', timeZone: 'Europe/London', locale: 'en-GB', numberingSystem: 'latn', siteTitle: 'Herald', position: 0, isDefault: true },
  },
  'PUT /api/admin/editions/:code/focus': { role: 'editor', path: '/api/admin/editions/en/focus', body: { topicIds: [] } },
  'PUT /api/admin/editions/:code/section-order': { role: 'editor', path: '/api/admin/editions/en/section-order', body: { sectionIds: [] } },
  'GET /api/admin/editions/:code/front-page': { role: 'editor', path: '/api/admin/editions/en/front-page' },
  // Live coverage (src/api/admin/live-routes.ts): reporters read, editors of the edition change it.
  'GET /api/admin/articles/:id/live': 'reporter',
  'PUT /api/admin/articles/:id/live': { role: 'editor', body: { state: 'open' } },
  'POST /api/admin/articles/:id/live/entries': { role: 'editor', body: { body: [{ type: 'paragraph', spans: [{ text: 'Probe' }] }] } },
  'PUT /api/admin/articles/:id/live/entries/:entryId': { role: 'editor', body: { body: [{ type: 'paragraph', spans: [{ text: 'Probe' }] }] } },
  'DELETE /api/admin/articles/:id/live/entries/:entryId': 'editor',
  'PUT /api/admin/articles/:id/live/pin': { role: 'editor', body: { entryId: null } },
  'PUT /api/admin/editions/:code/front-page': { role: 'editor', path: '/api/admin/editions/en/front-page', body: { topStory: null, leads: [], sectionLeads: {} } },
  // Live TV (src/api/admin/live-tv-routes.ts): anyone in the edition reads; editors of the edition change stream and schedule.
  'GET /api/admin/editions/:code/live-tv': { role: 'reporter', path: '/api/admin/editions/en/live-tv' },
  'PUT /api/admin/editions/:code/live-tv/stream': { role: 'editor', path: '/api/admin/editions/en/live-tv/stream', body: { hlsUrl: 'https://203.0.113.7/live.m3u8', title: 'Probe' } },
  'POST /api/admin/editions/:code/live-tv/slots': {
    role: 'editor', path: '/api/admin/editions/en/live-tv/slots', body: { title: 'Probe', startsAt: '2031-01-01T08:00:00Z', endsAt: '2031-01-01T09:00:00Z' },
  },
  'PUT /api/admin/editions/:code/live-tv/slots/:id': {
    role: 'editor', path: '/api/admin/editions/en/live-tv/slots/1', body: { title: 'Probe', startsAt: '2031-01-02T08:00:00Z', endsAt: '2031-01-02T09:00:00Z' },
  },
  'DELETE /api/admin/editions/:code/live-tv/slots/:id': { role: 'editor', path: '/api/admin/editions/en/live-tv/slots/999999' },
  'POST /api/admin/sections': { role: 'admin', body: { editionCode: 'en', parentId: null, slug: 'permission-probe', name: 'Probe' } },
  'PATCH /api/admin/sections/:id': 'admin',
  'POST /api/admin/topics': { role: 'admin', body: { editionCode: 'en', slug: 'permission-probe', name: 'Probe' } },
  'PATCH /api/admin/topics/:id': 'admin',
  'POST /api/admin/authors': { role: 'admin', body: { name: 'Permission Probe' } },
  'PATCH /api/admin/authors/:id': { role: 'admin', body: { title: 'Permission probe' } },
  'POST /api/admin/agencies': { role: 'admin', body: { code: 'PROBE', name: 'Probe agency' } },
  'PATCH /api/admin/agencies/:id': { role: 'admin', body: { name: 'Probe agency' } },
  'GET /api/admin/structure': 'editor',

  // Edition footer (src/api/admin/footer-routes.ts): anyone signed in reads; admins change it (checked in setFooterLinks).
  'GET /api/admin/editions/:code/footer': { role: 'reporter', path: '/api/admin/editions/en/footer' },
  'PUT /api/admin/editions/:code/footer': { role: 'admin', path: '/api/admin/editions/en/footer', body: { links: [] } },
  // Videos (src/api/admin/video-routes.ts): reporters write drafts in their edition; editors publish.
  'GET /api/admin/videos': 'reporter',
  'GET /api/admin/videos/:id': 'reporter',
  'POST /api/admin/videos': 'reporter',
  'PATCH /api/admin/videos/:id': 'reporter',
  'POST /api/admin/videos/:id/publish': 'editor',
  'POST /api/admin/videos/:id/unpublish': 'editor',
  'PUT /api/admin/videos/:id/file': 'reporter',
  'PUT /api/admin/videos/:id/captions/:lang': { role: 'reporter', path: '/api/admin/videos/1/captions/en' },

  // Wire desk (src/api/admin/wire-routes.ts): reporters read and follow the desk; editors adopt and acknowledge.
  'GET /api/admin/wire': 'reporter',
  'GET /api/admin/wire/providers': 'reporter',
  'GET /api/admin/wire/alerts/count': 'reporter',
  'GET /api/admin/wire/quarantine': 'reporter',
  'GET /api/admin/wire/alerts': 'reporter',
  'POST /api/admin/wire/alerts/:id/acknowledge': 'editor',
  'GET /api/admin/wire/events': 'reporter',
  'GET /api/admin/wire/:guid': 'reporter',
  'POST /api/admin/wire/:guid/adopt': { role: 'editor', body: { editionCode: 'en', sectionId: 1 } },

  // Podcasts (src/api/admin/podcast-routes.ts): editors of the show's edition only, reads included.
  'GET /api/admin/podcasts/shows': 'editor',
  'POST /api/admin/podcasts/shows': { role: 'editor', body: { editionCode: 'en', title: 'Permission probe', slug: 'permission-probe', category: 'News' } },
  'GET /api/admin/podcasts/shows/:id': { role: 'editor', path: '/api/admin/podcasts/shows/1' },
  'PATCH /api/admin/podcasts/shows/:id': { role: 'editor', path: '/api/admin/podcasts/shows/1', body: { description: 'Probe.' } },
  'POST /api/admin/podcasts/shows/:id/episodes': { role: 'editor', path: '/api/admin/podcasts/shows/1/episodes', body: { title: 'Probe' } },
  'GET /api/admin/podcasts/episodes/:id': { role: 'editor', path: '/api/admin/podcasts/episodes/1' },
  'PATCH /api/admin/podcasts/episodes/:id': { role: 'editor', path: '/api/admin/podcasts/episodes/1', body: { description: 'Probe.' } },
  'POST /api/admin/podcasts/episodes/:id/publish': { role: 'editor', path: '/api/admin/podcasts/episodes/1/publish', body: {} },
  'POST /api/admin/podcasts/episodes/:id/unpublish': { role: 'editor', path: '/api/admin/podcasts/episodes/999999/unpublish' },
  'PUT /api/admin/podcasts/episodes/:id/audio': { role: 'editor', path: '/api/admin/podcasts/episodes/1/audio' },

  // Content API keys (src/api/admin/api-key-routes.ts): admins only. DELETE /:id with id 1 may be a 404 or 409, never 401/403 for an admin.
  'GET /api/admin/api-keys': 'admin',
  'POST /api/admin/api-keys': { role: 'admin', body: { name: 'Permission probe' } },
  'DELETE /api/admin/api-keys/:id': 'admin',

  // Webhooks (src/api/admin/webhook-routes.ts): admins only; 203.0.113.0/24 is a public documentation range, so the body is valid.
  'GET /api/admin/webhooks': 'admin',
  'POST /api/admin/webhooks': { role: 'admin', body: { url: 'https://203.0.113.7/hook', events: ['article.published'] } },
  'PATCH /api/admin/webhooks/:id': { role: 'admin', body: { active: false } },
  'DELETE /api/admin/webhooks/:id': 'admin',
  'GET /api/admin/webhooks/deliveries': 'admin',
  'POST /api/admin/webhooks/deliveries/:id/redeliver': 'admin',
};

const RANK: Record<Role, number> = { reporter: 1, editor: 2, admin: 3 };
const key = (r: RegisteredRoute) => `${r.method} ${r.url}`;
const ruleRole = (rule: Exclude<Rule, 'public'>): Role => (typeof rule === 'string' ? rule : rule.role);
const samplePath = (route: RegisteredRoute, rule: Rule, articleId = 1) =>
  (typeof rule === 'object' && rule.path) || route.url.replace(':id', String(articleId)).replace(/:\w+/g, '1').replace(/\*/g, 'x');
const isArticleRoute = (route: RegisteredRoute) => route.url.startsWith('/api/admin/articles/:id');
const sampleBody = (route: RegisteredRoute, rule: Rule) =>
  ['POST', 'PUT', 'PATCH'].includes(route.method) ? ((typeof rule === 'object' && rule.body) || {}) : undefined;

/** The error body of a 401/403; any other body is cancelled unread (a route may stream, e.g. server-sent events). */
async function errorOf(response: Response): Promise<{ code?: string; message?: string }> {
  if (response.status !== 401 && response.status !== 403) {
    await response.body?.cancel();
    return {};
  }
  const text = await response.text();
  try {
    return (JSON.parse(text) as { error?: { code?: string; message?: string } }).error ?? {};
  } catch {
    return { message: text };
  }
}

for (const kind of testStoreKinds) {
  describe(`admin route permissions on ${kind.name}`, () => {
    let running: RunningApp;
    let routes: RegisteredRoute[];
    let sectionId = 0;
    /** A fresh draft for one call, so what an earlier call did (publish, delete) cannot change the answer. */
    const freshDraft = () => createArticle(running.app.operations, { editionCode: 'en', sectionId, headline: 'Permission probe', body: [] }, SYSTEM);
    const bodyFor = (route: RegisteredRoute, rule: Rule) => {
      const body = sampleBody(route, rule);
      return body && typeof body === 'object' && 'sectionId' in body && (body as { sectionId: number }).sectionId === 0 ? { ...body, sectionId } : body;
    };
    const users = new Map<Role, { email: string; password: string }>();
    const clients = new Map<Role, AdminClient>();

    /** A signed-in client; DELETE routes get a fresh session, since one of them is sign-out. */
    async function clientFor(role: Role, method: string): Promise<AdminClient> {
      const user = users.get(role) as { email: string; password: string };
      if (method === 'DELETE') return login(running, user.email, user.password);
      if (!clients.has(role)) clients.set(role, await login(running, user.email, user.password));
      return clients.get(role) as AdminClient;
    }

    beforeAll(async () => {
      running = await startTestApp(kind);
      routes = adminRoutesOf(running.app.server);
      // Every edition, so only the role can explain a 403.
      const editionCodes = (await running.app.store.listEditions()).map((e) => e.code);
      for (const role of ROLES) users.set(role, await createTestUser(running.app.store.accounts, { role, editionCodes }));
      const [section] = await running.app.store.listSections('en');
      sectionId = section!.id;
    });
    afterAll(async () => running?.stop());

    it('finds the admin routes, and every one of them is declared in REQUIRED_ROLE (and nothing stale is)', () => {
      expect(routes.map(key)).toContain('POST /api/admin/session');
      const registered = routes.map(key);
      const undeclared = registered.filter((k) => !(k in REQUIRED_ROLE));
      expect(undeclared, 'add these routes to REQUIRED_ROLE in test/api/route-permissions.test.ts').toEqual([]);
      const stale = Object.keys(REQUIRED_ROLE).filter((k) => !registered.includes(k));
      expect(stale, 'these REQUIRED_ROLE entries match no registered route').toEqual([]);
    });

    it('answers anonymous requests with 401 everywhere except sign-in (declared or not)', async () => {
      for (const route of routes) {
        const rule = REQUIRED_ROLE[key(route)] ?? 'reporter';
        if (rule === 'public') continue;
        const body = sampleBody(route, rule);
        const response = await running.get(samplePath(route, rule), {
          method: route.method,
          ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
        });
        expect.soft(response.status, `${key(route)} as anonymous`).toBe(401);
        expect.soft((await errorOf(response)).code, key(route)).toBe('HERALD_UNAUTHENTICATED');
      }
    });

    it('answers too low a role with requireRole’s 403, and lets the minimum role and above through', async () => {
      for (const route of routes) {
        const rule = REQUIRED_ROLE[key(route)];
        if (rule === undefined || rule === 'public') continue;
        for (const role of ROLES) {
          const client = await clientFor(role, route.method);
          const articleId = isArticleRoute(route) ? await freshDraft() : 1;
          const response = await client.request(route.method, samplePath(route, rule, articleId), bodyFor(route, rule));
          const error = await errorOf(response);
          const what = `${key(route)} as ${role} → ${response.status} ${error.message ?? ''}`;
          if (RANK[role] < RANK[ruleRole(rule)]) {
            expect.soft(response.status, what).toBe(403);
            expect.soft(error.message, what).toMatch(/needs the \w+ role/);
          } else {
            expect.soft(response.status, what).not.toBe(401);
            if (response.status === 403) expect.soft(error.message, what).not.toMatch(/needs the \w+ role|CSRF/);
          }
        }
      }
    });

    it('refuses every state-changing route without the CSRF token, before the handler runs', async () => {
      for (const route of routes) {
        const rule = REQUIRED_ROLE[key(route)];
        if (rule === undefined || rule === 'public' || ['GET', 'HEAD', 'OPTIONS'].includes(route.method)) continue;
        const client = await clientFor('admin', route.method);
        const response = await client.request(route.method, samplePath(route, rule), sampleBody(route, rule), { csrf: false });
        expect.soft(response.status, key(route)).toBe(403);
        expect.soft((await errorOf(response)).message, key(route)).toMatch(/^Missing or wrong CSRF token/);
      }
    });
  });
}
