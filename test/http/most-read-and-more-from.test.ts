/**
 * "Most read" end to end (views counted on cache hits too, flushed, shown on
 * the edition home after a recompute that purges it) and "More from
 * {section}" under articles (not the article itself, not its hand-picked
 * related stories; localised; purged when the section changes).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHeraldApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { shutDownGracefully } from '../../src/http/graceful-shutdown.js';
import { openMigratedStore } from '../../src/storage/kysely-store.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { articlePath } from '../../src/domain/article.js';
import { SYSTEM } from '../../src/domain/identity.js';
import { createArticle } from '../../src/operations/create-article.js';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const BROWSER = { 'user-agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15' };
const block = (html: string, cls: string) => html.match(new RegExp(`<section class="${cls}"[\\s\\S]*?</section>`))?.[0] ?? '';

for (const kind of testStoreKinds) {
  describe(`most read and more from the section: ${kind.name}`, () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startTestApp(kind);
    });
    afterAll(async () => running.stop());

    const publish = async (sectionId: number, headline: string, extra: { body?: unknown[] } = {}) => {
      const id = await createArticle(running.app.operations, {
        editionCode: 'en', sectionId, headline, body: (extra.body ?? []) as never, publishedAt: new Date().toISOString(),
      }, SYSTEM);
      return (await running.app.store.getArticle(id))!;
    };

    it('counts article views, cache hits included, and shows the most read on the home after a recompute', async () => {
      const [first] = await running.app.store.listPublished({ editionCode: 'en', now: new Date().toISOString(), limit: 1, offset: 0 });
      const url = articlePath(first!);
      const home = await (await running.get('/en/')).text();
      expect(block(home, 'most-read')).toBe('');
      expect((await running.get('/en/')).headers.get('x-cache')).toBe('HIT');

      const seen = [];
      for (let i = 0; i < 3; i++) seen.push((await running.get(url, { headers: BROWSER })).headers.get('x-cache'));
      expect(seen).toEqual(['MISS', 'HIT', 'HIT']);
      // Not reads: a HEAD, a robot, a revalidation answered 304, an unknown article.
      await running.get(url, { method: 'HEAD', headers: BROWSER });
      await running.get(url, { headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' } });
      const etag = (await running.app.readCounter.flush(), (await running.get(url, { headers: { 'user-agent': 'curl/8' } })).headers.get('etag'));
      if (etag) expect((await running.get(url, { headers: { ...BROWSER, 'if-none-match': etag } })).status).toBe(304);
      expect((await running.get('/en/made-up/a-987654321', { headers: BROWSER })).status).toBe(404);

      await running.app.readCounter.flush();
      expect(running.app.readCounter.pending).toBe(0);
      const since = new Date(Date.now() - 23 * 3_600_000).toISOString();
      expect(await running.app.store.readCounts.listMostRead({ editionCode: 'en', sinceHour: since, now: new Date().toISOString(), limit: 5 }))
        .toEqual([{ articleId: first!.id, reads: 3 }]);

      expect(await running.app.mostRead.refresh()).toEqual(['en']);
      const after = await running.get('/en/');
      expect(after.headers.get('x-cache')).toBe('MISS'); // the changed list purged the cached home
      const list = block(await after.text(), 'most-read');
      expect(list).toContain('Most read');
      expect(allMatches(list, /<a href="([^"]+)"/)).toEqual([url]);
      // An unchanged list purges nothing.
      expect(await running.app.mostRead.refresh()).toEqual([]);
      expect((await running.get('/en/')).headers.get('x-cache')).toBe('HIT');
      // Other editions are untouched.
      expect(block(await (await running.get('/de/')).text(), 'most-read')).toBe('');
    });

    it('lists the section’s newest other articles under an article, without itself or its related stories', async () => {
      const sections = await running.app.store.listSections('en');
      const leaf = sections.find((s) => s.parentId !== null && !sections.some((c) => c.parentId === s.id))!;
      const other = sections.find((s) => s.parentId === null && s.id !== leaf.parentId)!;
      const older = await publish(leaf.id, 'Ferry timetable changes for the winter');
      const related = await publish(leaf.id, 'Harbour dredging finishes early');
      const newer = await publish(leaf.id, 'Lighthouse keepers return to the cape');
      const main = await publish(leaf.id, 'Port authority opens new terminal', { body: [{ type: 'related', articleId: related.id }] });

      const page = await (await running.get(articlePath(main))).text();
      const more = block(page, 'more-from');
      expect(more).toContain(`More from ${leaf.name}`);
      const hrefs = allMatches(more, /<h3 class="teaser-card__headline"><a href="([^"]+)"/);
      expect(hrefs.slice(0, 2)).toEqual([articlePath(newer), articlePath(older)]);
      expect(hrefs).not.toContain(articlePath(main));
      expect(hrefs).not.toContain(articlePath(related));
      expect(hrefs.length).toBeLessThanOrEqual(4);
      // The related story is still in the body's own box.
      expect(page).toContain('Harbour dredging finishes early');

      // Publishing in the section purges the cached page; publishing elsewhere does not.
      expect((await running.get(articlePath(main))).headers.get('x-cache')).toBe('HIT');
      await publish(other.id, 'Unrelated council budget vote');
      expect((await running.get(articlePath(main))).headers.get('x-cache')).toBe('HIT');
      const latest = await publish(leaf.id, 'Fishing fleet modernises its nets');
      const refreshed = await running.get(articlePath(main));
      expect(refreshed.headers.get('x-cache')).toBe('MISS');
      expect(allMatches(block(await refreshed.text(), 'more-from'), /<h3 class="teaser-card__headline"><a href="([^"]+)"/)[0]).toBe(articlePath(latest));
    });

    it('says "More from" in the edition’s language', async () => {
      const expected = { de: 'Mehr aus der Rubrik', ar: 'المزيد من قسم' } as const;
      for (const code of ['de', 'ar'] as const) {
        const [article] = await running.app.store.listPublished({ editionCode: code, now: new Date().toISOString(), limit: 1, offset: 0 });
        const more = block(await (await running.get(articlePath(article!))).text(), 'more-from');
        expect(more, code).toContain(expected[code]);
      }
    });
  });
}

describe('read counts at shutdown', () => {
  it('writes the reads still in memory when the server shuts down gracefully', async () => {
    const handle = await testStoreKinds[0]!.open();
    const config = loadConfig({
      HERALD_DATA_DIR: handle.dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', HERALD_PUBLIC_URL: 'http://news.example',
    });
    const app = await createHeraldApp(config, { store: handle.store });
    const base = (await app.server.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
    const [article] = await app.store.listPublished({ editionCode: 'en', now: new Date().toISOString(), limit: 1, offset: 0 });
    for (let i = 0; i < 2; i++) expect((await fetch(base + articlePath(article!), { headers: BROWSER })).status).toBe(200);
    expect(app.readCounter.pending).toBe(1);
    await shutDownGracefully(app, 5000);
    // The store is closed: read what reached the database through a fresh one.
    const reopened = await openMigratedStore(openSqlite(path.join(handle.dataDir, 'herald.db')));
    const rows = await reopened.readCounts.listMostRead({
      editionCode: 'en', sinceHour: new Date(Date.now() - 23 * 3_600_000).toISOString(), now: new Date().toISOString(), limit: 5,
    });
    expect(rows).toEqual([{ articleId: article!.id, reads: 2 }]);
    await reopened.close();
    fs.rmSync(handle.dataDir, { recursive: true, force: true });
  });
});
