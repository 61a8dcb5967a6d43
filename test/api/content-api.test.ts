/**
 * The Content API (/api/v1/) from the outside, on every store: filters, a
 * cursor walk that yields exactly the public articles (never a draft or an
 * embargoed one, whatever the key), stability under a publish mid-walk,
 * ETag/304 and purges, Cache-Control, CORS, API keys, and the rate limits
 * with an injected clock. Every 200 body is parsed with the contract's zod
 * schema, so the answers and the OpenAPI document describe the same shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePageSchema, articleSchema, authorListSchema, editionListSchema, sectionListSchema, topicListSchema, type ApiArticle } from '../../src/api/v1/contract.js';
import { surrogateKeys } from '../../src/cache/page-cache.js';
import { DEFAULT_CACHE_CONTROL } from '../../src/config/http-cache-config.js';
import { isPubliclyVisible } from '../../src/domain/article.js';
import { SYSTEM } from '../../src/domain/identity.js';
import { createArticle } from '../../src/operations/create-article.js';
import { publishArticle, unpublishArticle } from '../../src/operations/workflow-transitions.js';
import { signInAs } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const ORIGIN = 'https://app.example.org';
const DAY = 86_400_000;

async function json<T>(running: RunningApp, path: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await running.get(path, { headers });
  expect(response.status, `${path}: ${response.status}`).toBe(200);
  return (await response.json()) as T;
}

/** Follows nextCursor to the end; fails on a repeated article. */
async function walk(running: RunningApp, query: string, from: string | null = null): Promise<ApiArticle[]> {
  const seen: ApiArticle[] = [];
  let cursor: string | null = from;
  for (let pages = 0; pages < 200; pages++) {
    const page = articlePageSchema.parse(await json(running, `/api/v1/articles?${query}${cursor ? `&cursor=${cursor}` : ''}`));
    seen.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  expect(new Set(seen.map((a) => a.id)).size, 'no article twice').toBe(seen.length);
  return seen;
}

for (const kind of testStoreKinds) {
  describe(`Content API on ${kind.name}`, () => {
    let running: RunningApp;
    let offsetMs = 0;
    const now = () => new Date(Date.now() + offsetMs);
    let sectionId = 0;
    let draftId = 0;
    let embargoedId = 0;
    let publicIds: number[] = [];

    /** What the store says is public now: the set every walk must equal. */
    async function expectedPublicIds(filter: (a: { editionCode: string }) => boolean = () => true): Promise<number[]> {
      const { rows } = await running.app.store.searchArticles({ limit: 100_000, offset: 0 });
      const ids: number[] = [];
      for (const row of rows) {
        const article = await running.app.store.getArticle(row.id);
        if (article && isPubliclyVisible(article, now()) && filter(article)) ids.push(article.id);
      }
      return ids.sort((a, b) => a - b);
    }

    beforeAll(async () => {
      running = await startTestApp(kind, { now, env: { HERALD_API_ANON_RATE_PER_MINUTE: '1000000', HERALD_API_CORS_ORIGINS: ORIGIN, HERALD_SCHEDULER_INTERVAL_MS: '0' } });
      const ops = running.app.operations;
      sectionId = (await running.app.store.listSections('en'))[0]!.id;
      draftId = await createArticle(ops, { editionCode: 'en', sectionId, headline: 'A draft nobody outside may see', body: [] }, SYSTEM);
      embargoedId = await createArticle(
        ops, { editionCode: 'en', sectionId, headline: 'Embargoed results', body: [], embargoUntil: new Date(Date.now() + DAY).toISOString() }, SYSTEM,
      );
      await publishArticle(ops, { articleId: embargoedId, actor: SYSTEM });
      publicIds = await expectedPublicIds();
    });
    afterAll(async () => running?.stop());

    it('walks every public article exactly once with the cursor, in both orders, and never a draft or an embargoed one', async () => {
      expect(publicIds.length).toBeGreaterThan(10);
      for (const order of ['desc', 'asc']) {
        const items = await walk(running, `limit=7&order=${order}`);
        expect(items.map((a) => a.id).sort((a, b) => a - b)).toEqual(publicIds);
        const keys = items.map((a) => `${a.updatedAt}|${String(a.id).padStart(10, '0')}`);
        expect(keys).toEqual([...keys].sort((a, b) => (order === 'asc' ? a.localeCompare(b) : b.localeCompare(a))));
      }
      expect(publicIds).not.toContain(draftId);
      expect(publicIds).not.toContain(embargoedId);
    });

    it('filters by edition, section (with subsections), topic, author and updated_since', async () => {
      const de = await walk(running, 'edition=de&limit=100');
      expect(de.map((a) => a.id).sort((a, b) => a - b)).toEqual(await expectedPublicIds((a) => a.editionCode === 'de'));

      const sample = de.find((a) => a.topics.length > 0 && a.authors.length > 0) ?? de[0]!;
      const bySection = await walk(running, `section=${sample.section.id}&limit=100`);
      expect(bySection.map((a) => a.id)).toContain(sample.id);
      expect(bySection.every((a) => a.section.path === sample.section.path || a.section.path.startsWith(`${sample.section.path}/`))).toBe(true);
      expect((await walk(running, `section=${sample.section.id}&edition=en`)).length, 'filters combine').toBe(0);

      if (sample.topics[0]) {
        const byTopic = await walk(running, `topic=${sample.topics[0].id}&limit=100`);
        expect(byTopic.map((a) => a.id)).toContain(sample.id);
        expect(byTopic.every((a) => a.topics.some((t) => t.id === sample.topics[0]!.id))).toBe(true);
      }
      if (sample.authors[0]) {
        const byAuthor = await walk(running, `author=${sample.authors[0].id}&limit=100`);
        expect(byAuthor.map((a) => a.id)).toContain(sample.id);
        expect(byAuthor.every((a) => a.authors.some((p) => p.id === sample.authors[0]!.id))).toBe(true);
      }

      const all = await walk(running, 'limit=100');
      const middle = [...all.map((a) => a.updatedAt)].sort()[Math.floor(all.length / 2)]!;
      const since = await walk(running, `updated_since=${encodeURIComponent(middle)}&limit=100`);
      expect(since.length).toBe(all.filter((a) => a.updatedAt >= middle).length);
      expect(since.every((a) => a.updatedAt >= middle)).toBe(true);

      for (const bad of ['section=999999', 'topic=999999', 'author=999999', 'edition=xx']) expect((await running.get(`/api/v1/articles?${bad}`)).status, bad).toBe(404);
      for (const bad of ['limit=101', 'limit=0', 'updated_since=yesterday', 'order=sideways']) expect((await running.get(`/api/v1/articles?${bad}`)).status, bad).toBe(422);
      const badCursor = await running.get('/api/v1/articles?cursor=bm90LWEtY3Vyc29y');
      expect(badCursor.status).toBe(400);
      expect(((await badCursor.json()) as { error: { code: string } }).error.code).toBe('HERALD_BAD_REQUEST');
    });

    it('keeps a walk in ascending order stable while an article is published mid-walk: the new one comes last', async () => {
      const first = articlePageSchema.parse(await json(running, '/api/v1/articles?order=asc&limit=5'));
      const id = await createArticle(running.app.operations, { editionCode: 'en', sectionId, headline: 'Published during the walk', body: [] }, SYSTEM);
      await publishArticle(running.app.operations, { articleId: id, actor: SYSTEM });
      const rest = await walk(running, 'order=asc&limit=5', first.nextCursor);
      const ids = [...first.items, ...rest].map((a) => a.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.at(-1)).toBe(id);
      expect(ids.sort((a, b) => a - b)).toEqual(await expectedPublicIds());
    });

    it('answers a draft or an embargoed article with the same 404 as a missing one, in every format and with a key, until the embargo lifts', async () => {
      const admin = await signInAs(running, 'admin');
      const { key } = (await (await admin.request('POST', '/api/admin/api-keys', { name: 'Probe' })).json()) as { key: string };
      for (const id of [draftId, embargoedId, 99_999_999])
        for (const format of ['json', 'ninjs', 'ninjs-2'])
          for (const headers of [{}, { authorization: `Bearer ${key}` }] as Record<string, string>[]) {
            const response = await running.get(`/api/v1/articles/${id}?format=${format}`, { headers });
            expect(response.status, `#${id} ${format}`).toBe(404);
            expect(((await response.json()) as { error: { code: string } }).error.code).toBe('HERALD_NOT_FOUND');
          }
      const embargoed = await running.app.store.getArticle(embargoedId);
      expect((await running.get(`/api/v1/articles/by-short-id/${embargoed!.shortId}`)).status).toBe(404);

      offsetMs = DAY + 60_000;
      try {
        const article = articleSchema.parse(await json(running, `/api/v1/articles/${embargoedId}`));
        expect(article.updatedAt, 'an embargoed article changes when its embargo lifts').toBe(embargoed!.embargoUntil);
        expect(articleSchema.parse(await json(running, `/api/v1/articles/by-short-id/${embargoed!.shortId}`)).id).toBe(embargoedId);
      } finally {
        offsetMs = 0;
      }
    });

    it('serves the structure (editions, sections, topics, authors) in the contract’s shape', async () => {
      expect(editionListSchema.parse(await json(running, '/api/v1/editions')).items.map((e) => e.code).sort()).toEqual(['ar', 'de', 'en']);
      const sections = sectionListSchema.parse(await json(running, '/api/v1/sections?edition=ar')).items;
      expect(sections.length).toBeGreaterThan(0);
      expect(sections.every((s) => s.editionCode === 'ar')).toBe(true);
      expect(topicListSchema.parse(await json(running, '/api/v1/topics')).items.length).toBeGreaterThan(0);
      expect(authorListSchema.parse(await json(running, '/api/v1/authors')).items.length).toBeGreaterThan(0);
      expect((await running.get('/api/v1/sections?edition=zz')).status).toBe(404);
    });

    it('sends a strong ETag and 304 on If-None-Match, and a publish or unpublish purges the answers', async () => {
      const id = publicIds.at(-1)!;
      const first = await running.get(`/api/v1/articles/${id}`);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      // Shared caches (CDN, Varnish) may keep it, purged by the same keys as the article's page.
      expect(first.headers.get('cache-control')).toBe(DEFAULT_CACHE_CONTROL.api);
      expect(first.headers.get('cache-control')).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/);
      const stored = await running.app.store.getArticle(id);
      expect(first.headers.get('surrogate-key')?.split(' ')).toEqual(expect.arrayContaining([surrogateKeys.article(id), surrogateKeys.edition(stored!.editionCode)]));
      const again = await running.get(`/api/v1/articles/${id}`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('cache-control')).toBe(DEFAULT_CACHE_CONTROL.api);
      expect(await again.text()).toBe('');
      expect((await running.get(`/api/v1/articles/${id}`, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);

      const listBefore = await running.get('/api/v1/articles?edition=en&limit=100');
      const listEtag = listBefore.headers.get('etag')!;
      expect(listBefore.headers.get('surrogate-key')?.split(' ')).toEqual(expect.arrayContaining([surrogateKeys.listings('en'), surrogateKeys.home('en')]));
      const article = await running.app.store.getArticle(id);
      await unpublishArticle(running.app.operations, { articleId: id, actor: SYSTEM });
      const gone = await running.get(`/api/v1/articles/${id}`, { headers: { 'if-none-match': etag } });
      expect(gone.status).toBe(404);
      // Not kept by a shared cache: no key would purge it when the article comes back.
      expect(gone.headers.get('cache-control')).toBe('no-store');
      expect(gone.headers.get('surrogate-key')).toBeNull();
      if (article!.editionCode === 'en') {
        const listAfter = await running.get('/api/v1/articles?edition=en&limit=100', { headers: { 'if-none-match': listEtag } });
        expect(listAfter.status).toBe(200);
        expect(articlePageSchema.parse(await listAfter.json()).items.map((a) => a.id)).not.toContain(id);
      }
      await publishArticle(running.app.operations, { articleId: id, actor: SYSTEM });
      expect((await running.get(`/api/v1/articles/${id}`)).status).toBe(200);
    });

    it('allows the configured origin only, and answers preflights', async () => {
      const allowed = await running.get('/api/v1/editions', { headers: { origin: ORIGIN } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(allowed.headers.get('vary')).toMatch(/Origin/);
      expect(allowed.headers.get('access-control-expose-headers')).toMatch(/ETag/);
      const other = await running.get('/api/v1/editions', { headers: { origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      const preflight = await running.get('/api/v1/articles', {
        method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
      expect(preflight.headers.get('access-control-allow-methods')).toMatch(/GET/);
    });

    it('accepts a key as Bearer or X-Api-Key (private caching), refuses unknown and revoked keys, and lists keys without secrets', async () => {
      const admin = await signInAs(running, 'admin');
      const created = await admin.request('POST', '/api/admin/api-keys', { name: 'Partner app' });
      expect(created.status).toBe(201);
      const { id, key, prefix } = (await created.json()) as { id: number; key: string; prefix: string };
      expect(key).toMatch(/^hk_[A-Za-z0-9_-]{43}$/);
      expect(key.startsWith(prefix)).toBe(true);

      for (const headers of [{ authorization: `Bearer ${key}` }, { 'x-api-key': key }] as Record<string, string>[]) {
        const response = await running.get('/api/v1/editions', { headers });
        expect(response.status).toBe(200);
        expect(response.headers.get('cache-control')).toBe('private, max-age=30');
        expect(response.headers.get('surrogate-key')).toBeNull();
      }
      const listed = await (await admin.request('GET', '/api/admin/api-keys')).text();
      expect(listed).toContain('Partner app');
      expect(listed).not.toContain(key);
      expect(listed).not.toMatch(/hash/i);

      const unknown = await running.get('/api/v1/editions', { headers: { authorization: `Bearer hk_${'A'.repeat(43)}` } });
      expect(unknown.status).toBe(401);
      expect(unknown.headers.get('cache-control')).toBe('no-store');
      expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('HERALD_UNAUTHENTICATED');

      expect((await admin.request('DELETE', `/api/admin/api-keys/${id}`)).status).toBe(200);
      expect((await running.get('/api/v1/editions', { headers: { 'x-api-key': key } })).status).toBe(401);
      expect((await admin.request('DELETE', `/api/admin/api-keys/${id}`)).status).toBe(409);
    });
  });

  describe(`Content API rate limits on ${kind.name}`, () => {
    let running: RunningApp;
    let offsetMs = 0;

    beforeAll(async () => {
      running = await startTestApp(kind, {
        now: () => new Date(Date.now() + offsetMs),
        env: { HERALD_API_ANON_RATE_PER_MINUTE: '3', HERALD_API_KEY_RATE_PER_MINUTE: '5', HERALD_SCHEDULER_INTERVAL_MS: '0' },
      });
    });
    afterAll(async () => running?.stop());

    it('limits anonymous callers per address and keys per key, with 429, Retry-After and a refill by the clock', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await running.get('/api/v1/editions')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await running.get('/api/v1/editions');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(refused.headers.get('ratelimit-remaining')).toBe('0');
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('HERALD_RATE_LIMITED');

      // A key has its own, larger bucket, even from an address that is out of tokens.
      const admin = await signInAs(running, 'admin');
      const { key } = (await (await admin.request('POST', '/api/admin/api-keys', { name: 'Limited' })).json()) as { key: string };
      const keyed: number[] = [];
      for (let i = 0; i < 6; i++) keyed.push((await running.get('/api/v1/editions', { headers: { 'x-api-key': key } })).status);
      expect(keyed).toEqual([200, 200, 200, 200, 200, 429]);

      // 3 a minute: one token every 20 s of the injected clock.
      offsetMs += 20_000;
      expect((await running.get('/api/v1/editions')).status).toBe(200);
      expect((await running.get('/api/v1/editions')).status).toBe(429);
    });
  });
}
