/**
 * The front page over HTTP, on every store: an editor's pins through
 * `PUT /api/admin/editions/:code/front-page` lead the public edition home in
 * their order, the save purges exactly the home (x-cache MISS there, other
 * pages stay cached), and refusals are 403/422 with a message naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrontPageResponse } from '../../src/api/admin/front-page-contract.js';
import type { ArticleSummary } from '../../src/operations/ports.js';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

/** The HTML of the home's top-story block (the large card and the pinned leads under it). */
const topStoryBlock = (html: string) => {
  const start = html.indexOf('class="top-story"');
  return html.slice(start, html.indexOf('</section>', start));
};
const hrefIndex = (html: string, id: number) => html.indexOf(`/a-${id}"`);

for (const kind of testStoreKinds) {
  describe(`front page over HTTP on ${kind.name}`, () => {
    let running: RunningApp;
    let editor: AdminClient;
    let older: ArticleSummary[];
    beforeAll(async () => {
      running = await startTestApp(kind);
      editor = await signInAs(running, 'editor', { editionCodes: ['en'] });
      // Three articles well down the list, which recency alone would not put first.
      older = await running.app.store.listPublished({ editionCode: 'en', now: new Date().toISOString(), limit: 3, offset: 12 });
    });
    afterAll(async () => running.stop());

    it('the public home leads with the pinned top story and shows the pinned leads in order; the save purges only the home', async () => {
      const [top, lead1, lead2] = older as [ArticleSummary, ArticleSummary, ArticleSummary];
      const sections = await running.app.store.listSections('en');
      const sectionPath = `/en/${sections.find((s) => s.parentId === null)!.path}/`;
      await running.get('/en/');
      await running.get(sectionPath);
      expect((await running.get('/en/')).headers.get('x-cache')).toBe('HIT');
      expect(hrefIndex(topStoryBlock(await (await running.get('/en/')).text()), top.id)).toBe(-1);

      const saved = await editor.request('PUT', '/api/admin/editions/en/front-page', {
        topStory: { articleId: top.id, expiresAt: null },
        leads: [{ articleId: lead2.id, expiresAt: null }, { articleId: lead1.id, expiresAt: '2099-01-01T00:00:00.000Z' }],
        sectionLeads: {},
      });
      expect(saved.status).toBe(200);
      const body = (await saved.json()) as FrontPageResponse;
      expect(body.live.topStory?.id).toBe(top.id);
      expect(body.live.leads.map((a) => a.id)).toEqual([lead2.id, lead1.id]);
      expect(body.pins.leads.map((p) => [p.articleId, p.state])).toEqual([[lead2.id, 'live'], [lead1.id, 'live']]);

      const home = await running.get('/en/');
      expect(home.headers.get('x-cache')).toBe('MISS');
      const block = topStoryBlock(await home.text());
      expect(hrefIndex(block, top.id)).toBeGreaterThan(-1);
      expect(hrefIndex(block, lead2.id)).toBeGreaterThan(hrefIndex(block, top.id));
      expect(hrefIndex(block, lead1.id)).toBeGreaterThan(hrefIndex(block, lead2.id));
      expect(block).toContain('class="top-story__leads"');
      // Pins show only on the home: other pages keep their cached copy.
      expect((await running.get(sectionPath)).headers.get('x-cache')).toBe('HIT');

      const read = (await (await editor.request('GET', '/api/admin/editions/en/front-page')).json()) as FrontPageResponse;
      expect(read.pins.topStory).toMatchObject({ articleId: top.id, expiresAt: null, headline: top.headline, state: 'live' });
      expect(read.maxLeads).toBe(4);

      // Back to automatic: the newest article leads again, at once.
      await editor.request('PUT', '/api/admin/editions/en/front-page', { topStory: null, leads: [], sectionLeads: {} });
      const again = await running.get('/en/');
      expect(again.headers.get('x-cache')).toBe('MISS');
      expect(hrefIndex(topStoryBlock(await again.text()), top.id)).toBe(-1);
    });

    it('answers a reporter with 403, another edition with 403 and a bad pin with 422 naming the field', async () => {
      const reporter = await signInAs(running, 'reporter', { editionCodes: ['en'] });
      expect((await reporter.request('GET', '/api/admin/editions/en/front-page')).status).toBe(403);
      expect((await editor.request('GET', '/api/admin/editions/de/front-page')).status).toBe(403);
      const [deArticle] = await running.app.store.listPublished({ editionCode: 'de', now: new Date().toISOString(), limit: 1, offset: 0 });
      const refused = await editor.request('PUT', '/api/admin/editions/en/front-page', {
        topStory: null, leads: [{ articleId: deArticle!.id, expiresAt: null }], sectionLeads: {},
      });
      expect(refused.status).toBe(422);
      const { error } = (await refused.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('HERALD_VALIDATION');
      expect(error.message).toMatch(/^leads\[0\]: .* belongs to the de edition/);
      expect((await editor.request('GET', '/api/admin/editions/xx/front-page')).status).toBe(403);
    });
  });
}
