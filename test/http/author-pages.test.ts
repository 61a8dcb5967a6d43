/**
 * Author pages over real HTTP, on every store: linked from the byline, the
 * profile with picture and credit, the author's articles newest first with
 * pagination, 404/400/301 answers, the Arabic edition right-to-left, and the
 * page cache purged when the author publishes or the record changes.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SYSTEM } from '../../src/domain/identity.js';
import { createArticle } from '../../src/operations/create-article.js';
import { createAuthor, updateAuthor } from '../../src/operations/curate-edition.js';
import { allMatches, startTestApp, TEST_PUBLIC_URL, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const teaserTimes = (html: string) => allMatches(html, /<article[\s\S]*?<time datetime="([^"]+)"/g);
const teaserCount = (html: string) => allMatches(html, /<article[\s>]/g).length;

for (const kind of testStoreKinds) {
  describe(`author pages on ${kind.name}`, () => {
    let running: RunningApp;
    let pagerSlug = '';
    let pagerId = 0;
    let sectionId = 0;
    const publishBy = (authorId: number, headline: string, hoursAgo: number) =>
      createArticle(running.app.operations, {
        editionCode: 'en', sectionId, headline, body: [{ type: 'paragraph', spans: [{ text: 'Text.' }] }], authorIds: [authorId],
        publishedAt: new Date(Date.now() - hoursAgo * 3_600_000).toISOString(),
      }, SYSTEM);

    beforeAll(async () => {
      running = await startTestApp(kind);
      sectionId = (await running.app.store.listSections('en'))[0]!.id;
      const editions = (await running.app.store.listEditions()).map((e) => e.code);
      pagerId = await createAuthor(running.app.operations, { name: 'Paula Pager', title: 'Night editor', bio: 'Writes a lot.' }, editions, SYSTEM);
      pagerSlug = (await running.app.store.getAuthors([pagerId]))[0]!.slug;
      for (let i = 0; i < 23; i++) await publishBy(pagerId, `Pager story ${i}`, 30 - i);
    });
    afterAll(async () => running?.stop());

    it('links the byline of an article to the author pages of its authors', async () => {
      const home = await (await running.get('/en/')).text();
      const link = allMatches(home, /href="(\/en\/[^"]+\/a-\d+)"/)[0] as string;
      const html = await (await running.get(link)).text();
      const authorLinks = allMatches(html, /<a href="(\/en\/author\/[^"]+\/)" rel="author">/g);
      expect(authorLinks.length).toBeGreaterThan(0);
      for (const href of authorLinks) expect((await running.get(href)).status).toBe(200);
    });

    it('shows name, role, bio and picture with credit, and Person structured data', async () => {
      const elena = (await running.app.store.listAuthors()).find((a) => a.name === 'Elena Sørensen')!;
      expect(elena.slug).toBe('elena-sorensen');
      const response = await running.get('/en/author/elena-sorensen/');
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(allMatches(html, /<h1[^>]*>([^<]*)<\/h1>/g)).toEqual(['Elena Sørensen']);
      expect(html).toContain('Correspondent, Brussels');
      expect(html).toContain(elena.bio);
      expect(html).toMatch(/<figure class="author-profile__picture"><picture>(?:<source [^>]*>)*<img[^>]*src="\/media\/[^"]+"[^>]*alt="Illustration: [^"]+"/);
      expect(html).toMatch(/<figcaption class="figure__credit">Image: Mira Castell\/Herald Graphics<\/figcaption>/);
      expect(html).toContain(`<link rel="canonical" href="${TEST_PUBLIC_URL}/en/author/elena-sorensen/"`);
      const times = teaserTimes(html);
      expect(times.length).toBeGreaterThan(0);
      expect([...times].sort().reverse()).toEqual(times);
      const graph = JSON.parse(allMatches(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/)[0] as string)['@graph'] as Record<string, unknown>[];
      expect(graph.find((n) => n['@type'] === 'Person')).toMatchObject({
        name: 'Elena Sørensen', url: `${TEST_PUBLIC_URL}/en/author/elena-sorensen/`, jobTitle: 'Correspondent, Brussels',
        image: { '@type': 'ImageObject', width: expect.any(Number), height: expect.any(Number) },
      });
    });

    it('paginates the author’s articles newest first, 20 a page, like section pages', async () => {
      const first = await (await running.get(`/en/author/${pagerSlug}/`)).text();
      expect(teaserCount(first)).toBe(20);
      expect(first).toContain('Pager story 22');
      expect(first).not.toContain('Pager story 2<');
      expect(first).toMatch(new RegExp(`href="/en/author/${pagerSlug}/\\?page=2" rel="next"`));
      const second = await (await running.get(`/en/author/${pagerSlug}/?page=2`)).text();
      expect(teaserCount(second)).toBe(3);
      expect(allMatches(second, /<h3[^>]*>[\s\S]*?(Pager story \d+)/g)).toEqual(['Pager story 2', 'Pager story 1', 'Pager story 0']);
      expect(second).toMatch(new RegExp(`href="/en/author/${pagerSlug}/" rel="prev"`));
      expect((await running.get(`/en/author/${pagerSlug}/?page=3`)).status).toBe(404);
      expect((await running.get(`/en/author/${pagerSlug}/?page=0`)).status).toBe(400);
      expect((await running.get(`/en/author/${pagerSlug}/?page=x`)).status).toBe(400);
    });

    it('answers 404 for an unknown author and redirects the address without its slash', async () => {
      expect((await running.get('/en/author/nobody-here/')).status).toBe(404);
      expect((await running.get('/en/author/')).status).toBe(404);
      const bare = await running.get('/en/author/elena-sorensen');
      expect(bare.status).toBe(301);
      expect(bare.headers.get('location')).toBe('/en/author/elena-sorensen/');
    });

    it('serves the Arabic edition’s author page right-to-left with the edition’s articles', async () => {
      const amira = (await running.app.store.listAuthors()).find((a) => a.name === 'Amira Haddad')!;
      const html = await (await running.get(`/ar/author/${amira.slug}/`)).text();
      expect(html).toMatch(/<html[^>]* lang="ar"[^>]* dir="rtl"/);
      expect(html).toContain('الملف الشخصي');
      const links = allMatches(html, /<article[\s\S]*?href="(\/[a-z]+)\//g);
      expect(links.length).toBeGreaterThan(0);
      expect(new Set(links)).toEqual(new Set(['/ar']));
    });

    it('is cached, and purged when its author publishes and when the record changes', async () => {
      const path = `/en/author/${pagerSlug}/`;
      await running.get(path);
      expect((await running.get(path)).headers.get('x-cache')).toBe('HIT');
      await publishBy(pagerId, 'Fresh pager story', 0.1);
      const afterPublish = await running.get(path);
      expect(afterPublish.headers.get('x-cache')).toBe('MISS');
      expect(await afterPublish.text()).toContain('Fresh pager story');
      expect((await running.get(path)).headers.get('x-cache')).toBe('HIT');
      const editions = (await running.app.store.listEditions()).map((e) => e.code);
      await updateAuthor(running.app.operations, pagerId, { title: 'Chief night editor' }, editions, SYSTEM);
      // The site reloads its directory before purging (an asynchronous subscriber), so wait for the page to change.
      const changed = await vi.waitFor(async () => {
        const response = await running.get(path);
        const html = await response.text();
        expect(html).toContain('Chief night editor');
        return response;
      }, { timeout: 10_000, interval: 50 });
      expect(changed.headers.get('x-cache')).toBe('MISS');
    });
  });
}
