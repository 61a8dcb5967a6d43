/**
 * The front page screen in a real browser: an editor opens "Front page" from
 * the navigation, pins a top story and two leads through the article picker,
 * orders the leads with the keyboard, saves, and the public edition home then
 * leads with that story. With HERALD_UPDATE_SCREENSHOTS set it refreshes
 * docs/screenshots/admin-front-page-{375,1280}.png (kept small: palette PNGs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/operations/ports.js';
import { createTestUser } from '../helpers/auth-client.js';
import { hasChromium, launchBrowser, signInToEditor } from '../helpers/browser.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const adminBuilt = fs.existsSync(fileURLToPath(new URL('../../admin/dist/index.html', import.meta.url)));
if (!adminBuilt) console.log('skipped: front page browser test (admin/dist is missing; run npm run build)');
const screenshotDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

async function smallScreenshot(page: Page, file: string) {
  const png = await page.screenshot({ fullPage: true });
  await sharp(png).png({ palette: true, compressionLevel: 9 }).toFile(path.join(screenshotDir, file));
}

describe.skipIf(!hasChromium || !adminBuilt)('front page screen in chromium', () => {
  let running: RunningApp;
  let browser: Browser;
  let account: { email: string; password: string };
  let older: ArticleSummary[];

  beforeAll(async () => {
    running = await startTestApp(testStoreKinds[0]!);
    browser = await launchBrowser();
    account = await createTestUser(running.app.store.accounts, { role: 'editor', name: 'Edda Editor', editionCodes: ['en', 'ar'] });
    // Articles recency alone would not put on top.
    older = await running.app.store.listPublished({ editionCode: 'en', now: new Date().toISOString(), limit: 3, offset: 10 });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  const pinThrough = async (page: Page, opener: string, article: ArticleSummary) => {
    await page.getByTestId(opener).click();
    const picker = page.getByTestId('article-picker');
    await picker.getByTestId('article-picker-search').fill(article.headline.split(/\s+/).slice(0, 4).join(' '));
    const pin = picker.getByRole('button', { name: `Pin: ${article.headline}`, exact: true });
    await pin.waitFor();
    await pin.click();
  };

  it('an editor pins a top story and ordered leads; the public home then leads with them', async () => {
    const [top, first, second] = older as [ArticleSummary, ArticleSummary, ArticleSummary];
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await signInToEditor(page, `${running.baseUrl}/admin/`, account);
    await page.getByRole('link', { name: 'Front page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Front page' }).waitFor();
    await page.getByTestId('live-now').waitFor();

    await pinThrough(page, 'pin-top-story', top);
    await pinThrough(page, 'add-lead', first);
    await pinThrough(page, 'add-lead', second);
    await expect.poll(() => page.getByTestId('lead-1').getAttribute('data-article-id')).toBe(String(second.id));

    // Order with the keyboard: focus "up" on the second lead and press Enter; focus stays on the moved lead.
    const up = page.getByRole('button', { name: `Move “${second.headline}” up` });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('lead-0').getAttribute('data-article-id')).toBe(String(second.id));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Move “${second.headline}” down`);

    await page.getByTestId('save-front-page').click();
    await expect.poll(() => page.getByTestId('front-page-status').textContent()).toMatch(/Saved/);
    expect(await page.getByTestId('live-top-story').textContent()).toContain(top.headline);
    expect(await page.getByTestId('top-story-pin').locator('[data-state]').getAttribute('data-state')).toBe('live');

    if (process.env.HERALD_UPDATE_SCREENSHOTS) {
      await smallScreenshot(page, 'admin-front-page-1280.png');
      await page.setViewportSize({ width: 375, height: 812 });
      await smallScreenshot(page, 'admin-front-page-375.png');
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(375);
    }

    const home = await context.newPage();
    await home.goto(`${running.baseUrl}/en/`);
    const hrefs = await home.locator('.top-story a[href*="/a-"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const order = [top.id, second.id, first.id].map((id) => hrefs.findIndex((h) => h?.endsWith(`/a-${id}`)));
    expect(order[0]).toBe(0);
    expect(order[1]).toBeGreaterThan(order[0]!);
    expect(order[2]).toBeGreaterThan(order[1]!);
    await context.close();
  });
});
