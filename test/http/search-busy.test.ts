/** A full search queue over real HTTP: the page and the API say "busy, try again" (503), and serve again once it drains. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../src/domain/search-query.js';
import { startGatedSearchApp, type GatedSearchApp } from '../helpers/gated-search-app.js';

describe('search when its queue is full', () => {
  let gated: GatedSearchApp;
  let baseUrl: string;

  beforeAll(async () => {
    // One search in flight fills the queue; the gate keeps it there.
    gated = await startGatedSearchApp({ maxPending: 1 });
    baseUrl = gated.baseUrl;
  });
  afterAll(() => gated.close());

  it('answers 503 with a page and a JSON error a person can act on, then searches again', async () => {
    const { search } = gated;
    const held = search.search({ editionCode: 'en', query: parseSearchQuery('news'), now: new Date().toISOString(), limit: 10, offset: 0 });
    expect(search.pending()).toBe(1);

    const page = await fetch(`${baseUrl}/en/search?q=news`);
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('1');
    const html = await page.text();
    expect(html).toContain('Search is busy right now. Please try again in a moment.');
    expect(html).toContain('value="news"');
    const arabic = await fetch(`${baseUrl}/ar/search?q=news`);
    expect(arabic.status).toBe(503);
    expect(await arabic.text()).toContain('البحث مشغول الآن');

    const api = await fetch(`${baseUrl}/api/v1/search?q=news&edition=en`);
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('1');
    expect(((await api.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'HERALD_BUSY', message: 'Search is busy right now; please try again in a moment.',
    });

    gated.openGate();
    await held;
    expect(search.pending()).toBe(0);
    const again = await fetch(`${baseUrl}/en/search?q=news`);
    expect(again.status).toBe(200);
    expect(await again.text()).not.toContain('Search is busy');
  });
});
