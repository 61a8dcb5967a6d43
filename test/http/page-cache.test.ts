/** Publishing, updating and unpublishing show on the next request, though pages are cached. */
import { SYSTEM } from '../../src/domain/identity.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../../src/operations/create-article.js';
import { publishArticle, unpublishArticle } from '../../src/operations/workflow-transitions.js';
import { updateArticle } from '../../src/operations/update-article.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

describe('page cache and instant publishing', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startTestApp(testStoreKinds[0]!);
  });
  afterAll(async () => running.stop());

  it('serves repeat views from the cache', async () => {
    expect((await running.get('/en/')).headers.get('x-cache')).toBe('MISS');
    expect((await running.get('/en/')).headers.get('x-cache')).toBe('HIT');
  });

  it('shows a publish, an update and an unpublish on the next request', async () => {
    const ops = running.app.operations;
    const [section] = await running.app.store.listSections('en');
    const id = await createArticle(ops, {
      editionCode: 'en', sectionId: section!.id, headline: 'Freshly filed dispatch from the harbour', body: [
        { type: 'paragraph', spans: [{ text: 'First version.' }] },
      ],
    }, SYSTEM);
    await running.get('/en/');
    expect(await (await running.get('/en/')).text()).not.toContain('Freshly filed dispatch');
    expect((await running.get(`/en/freshly-filed-dispatch-from-the-harbour/a-${id}`)).status).toBe(404);

    await publishArticle(ops, { articleId: id, actor: SYSTEM });
    expect(await (await running.get('/en/')).text()).toContain('Freshly filed dispatch');
    const url = `/en/freshly-filed-dispatch-from-the-harbour/a-${id}`;
    expect(await (await running.get(url)).text()).toContain('First version.');
    expect((await running.get(url)).headers.get('x-cache')).toBe('HIT');

    const article = await running.app.store.getArticle(id);
    await updateArticle(ops, id, article!.revision, { body: [{ type: 'paragraph', spans: [{ text: 'Second version.' }] }] }, SYSTEM);
    const updated = await (await running.get(url)).text();
    expect(updated).toContain('Second version.');
    expect(updated).not.toContain('First version.');

    await unpublishArticle(ops, { articleId: id, actor: SYSTEM });
    // Taken down after publication: 410 Gone (src/site/public-site.ts), not the cached page.
    expect((await running.get(url)).status).toBe(410);
    expect(await (await running.get('/en/')).text()).not.toContain('Freshly filed dispatch');
  });

  it('purges precisely: the section of the article, its ancestors, its topics and home; not other sections', async () => {
    const sections = await running.app.store.listSections('en');
    const europe = sections.find((s) => s.path === 'world/europe')!;
    const topic = (await running.app.store.listTopics('en'))[0]!;
    const pages = ['/en/', '/en/world/', '/en/world/europe/', `/en/topic/${topic.slug}/`, '/en/sports/', '/en/world/africa/'];
    for (const page of pages) await running.get(page);
    for (const page of pages) expect((await running.get(page)).headers.get('x-cache'), page).toBe('HIT');
    await createArticle(running.app.operations, {
      editionCode: 'en', sectionId: europe.id, topicIds: [topic.id], headline: 'Precise purge check', body: [], publishedAt: new Date().toISOString(),
    }, SYSTEM);
    const status = async (page: string) => (await running.get(page)).headers.get('x-cache');
    expect(await status('/en/sports/')).toBe('HIT');
    expect(await status('/en/world/africa/')).toBe('HIT');
    for (const page of ['/en/', '/en/world/', '/en/world/europe/', `/en/topic/${topic.slug}/`]) expect(await status(page), page).toBe('MISS');
  });

  it('keeps unrelated cached pages when one edition changes', async () => {
    await running.get('/de/');
    expect((await running.get('/de/')).headers.get('x-cache')).toBe('HIT');
    const [section] = await running.app.store.listSections('en');
    await createArticle(running.app.operations, {
      editionCode: 'en', sectionId: section!.id, headline: 'Another English story', body: [], publishedAt: new Date().toISOString(),
    }, SYSTEM);
    expect((await running.get('/de/')).headers.get('x-cache')).toBe('HIT');
    expect((await running.get('/en/')).headers.get('x-cache')).toBe('MISS');
  });

  it('refuses a stale revision with a conflict and writes nothing', async () => {
    const [section] = await running.app.store.listSections('en');
    const ops = running.app.operations;
    const id = await createArticle(ops, { editionCode: 'en', sectionId: section!.id, headline: 'Conflict test', body: [] }, SYSTEM);
    await updateArticle(ops, id, 1, { headline: 'Edited by the first editor' }, SYSTEM);
    await expect(updateArticle(ops, id, 1, { headline: 'Edited by the second editor' }, SYSTEM)).rejects.toMatchObject({ code: 'HERALD_CONFLICT', status: 409 });
    expect((await running.app.store.getArticle(id))?.headline).toBe('Edited by the first editor');
  });
});
