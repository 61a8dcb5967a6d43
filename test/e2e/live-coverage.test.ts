/**
 * A live coverage page in chromium: the reader has scrolled down to an older
 * entry; an editor adds an entry through the admin API; within 2 s a
 * "1 new update" button appears (taking no room: nothing moves), and
 * pressing it inserts the entry above the list while the entry the reader
 * was looking at stays exactly where it was on screen. With
 * HERALD_UPDATE_SCREENSHOTS set it refreshes
 * docs/screenshots/live-coverage-{en,ar}-{375,1280}.png (palette PNGs).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const screenshotDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const paragraph = (text: string) => [{ type: 'paragraph' as const, spans: [{ text }] }];

describe.skipIf(!hasChromium)('live coverage in chromium', () => {
  let running: RunningApp;
  let browser: Browser;
  let editor: AdminClient;

  /** The path of the edition's live page (the demo seeds one per edition). */
  async function livePath(edition: string): Promise<{ path: string; id: number }> {
    const { rows } = await running.app.store.searchArticles({ editionCodes: [edition], limit: 500, offset: 0 });
    for (const row of rows) {
      if (!(await running.app.store.live.getLiveCoverage(row.id))) continue;
      const article = (await running.app.store.getArticle(row.id))!;
      return { path: `/${edition}/${encodeURIComponent(article.slug)}/a-${row.id}`, id: row.id };
    }
    throw new Error(`no live page in ${edition}`);
  }

  beforeAll(async () => {
    running = await startTestApp(testStoreKinds[0]!);
    browser = await launchBrowser();
    editor = await signInAs(running, 'editor', { editionCodes: ['en', 'ar'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  const topOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.getBoundingClientRect().top);

  it('shows the live page on phones and desktops, left to right and right to left', async () => {
    for (const edition of ['en', 'ar']) {
      const { path: pagePath } = await livePath(edition);
      for (const width of [375, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(running.baseUrl + pagePath);
        const live = page.locator('section.live');
        expect(await live.isVisible()).toBe(true);
        // Nothing sticks out sideways on a phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        if (process.env.HERALD_UPDATE_SCREENSHOTS) {
          await page.$eval('section.live', (el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
          const png = await page.screenshot({ fullPage: false });
          await sharp(png).png({ palette: true, compressionLevel: 9 }).toFile(path.join(screenshotDir, `live-coverage-${edition}-${width}.png`));
        }
        await page.close();
      }
    }
  });
  it('announces a new entry within 2 s and inserts it on request without moving what the reader reads', async () => {
    const { path: pagePath, id } = await livePath('en');
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const streamOpened = page.waitForResponse((r) => r.url().includes(`/en/live/${id}/events`));
    await page.goto(running.baseUrl + pagePath);
    expect((await streamOpened).status()).toBe(200);
    // The reader is reading an older entry, well down the page.
    const reading = `#${await page.$eval('.live__entries .live-entry:nth-child(6)', (el) => el.id)}`;
    await page.$eval(reading, (el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    const readingTop = await topOf(page, reading);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    expect(scrollBefore).toBeGreaterThan(300);

    const added = await editor.request('POST', `/api/admin/articles/${id}/live/entries`, { body: paragraph('Ninety minutes played: four minutes of stoppage time.') });
    expect(added.status).toBe(201);
    const entry = (await added.json()) as { id: number };
    const button = page.locator('.live__new-updates');
    await button.waitFor({ state: 'visible', timeout: 2000 });
    expect(await button.textContent()).toBe('1 new update');
    // Its arrival moved nothing.
    expect(await topOf(page, reading)).toBe(readingTop);
    expect(await page.locator(`#entry-${entry.id}`).count()).toBe(0);

    await button.click();
    await page.locator(`#entry-${entry.id}`).waitFor({ state: 'attached' });
    expect(await page.locator(`#entry-${entry.id}`).textContent()).toContain('Ninety minutes played');
    expect(await page.$eval('.live__entries', (list) => list.firstElementChild?.id)).toBe(`entry-${entry.id}`);
    expect(Math.abs((await topOf(page, reading)) - readingTop)).toBeLessThanOrEqual(1);
    expect(await button.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

});
