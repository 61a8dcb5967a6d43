/**
 * An audio embed naming a podcast episode, through the real server on the
 * seeded demo: the article page plays the episode with the browser's own
 * player and links its title to the episode page; unpublishing the episode
 * purges the cached article page, which then shows the placeholder instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/domain/identity.js';
import { createArticle } from '../../src/operations/create-article.js';
import { setEpisodePublished } from '../../src/operations/podcasts.js';
import { episodePath } from '../../src/site/audio-paths.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

describe.each(testStoreKinds)('audio embeds in articles ($name)', (kind) => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startTestApp(kind);
  });
  afterAll(async () => running.stop());

  it('renders the episode player linked to its page, and drops it when the episode is unpublished', async () => {
    const ops = running.app.operations;
    const [latest] = await running.app.store.podcasts.listLatestEpisodes('en', new Date().toISOString(), 1);
    expect(latest?.episode.audio?.fileName).toBeTruthy();
    const { episode, show } = latest!;
    const sectionId = (await running.app.store.listSections('en'))[0]!.id;
    const id = await createArticle(ops, {
      editionCode: 'en', sectionId, headline: 'Harbour report with audio', publishedAt: new Date(Date.now() - 60_000).toISOString(),
      body: [
        { type: 'paragraph', spans: [{ text: 'Listen to the episode below.' }] },
        { type: 'embed', kind: 'audio', title: 'Our harbour episode', mediaId: episode.id },
      ],
    }, SYSTEM);
    const article = (await running.app.store.getArticle(id))!;
    const path = `/en/${article.slug}/a-${id}`;

    const html = await (await running.get(path)).text();
    expect(html).toMatch(/<audio controls preload="none"[^>]*>/);
    expect(html).toMatch(new RegExp(`<source src="/media/${episode.audio!.fileName!.replace('.', '\\.')}" type="${episode.audio!.mime}"/?>`));
    expect(html).toContain(`<a href="${episodePath('en', show, episode)}">`);
    expect((await running.get(path)).headers.get('x-cache')).toBe('HIT');

    // Unpublishing the episode purges the article page, which then shows the placeholder.
    await setEpisodePublished(ops, episode.id, false, SYSTEM);
    const after = await running.get(path);
    expect(after.headers.get('x-cache')).toBe('MISS');
    const afterHtml = await after.text();
    expect(afterHtml).not.toContain('<audio');
    expect(afterHtml).toContain('Our harbour episode');
    await setEpisodePublished(ops, episode.id, true, SYSTEM, { publishedAt: episode.publishedAt! });
  });
});
