/**
 * The reader site on a phone and on a desktop, in chromium without
 * JavaScript: the menu folds into a <details> disclosure under 600 px so the
 * story starts on the first screen (LTR and RTL), opens from the keyboard, and
 * the desktop header keeps its open menu; listing cards, a lone story
 * included, are never drawn wider than the image width their `sizes` asked for.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/domain/identity.js';
import { createArticle } from '../../src/operations/create-article.js';
import { createSection } from '../../src/operations/curate-edition.js';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const PHONE = { width: 375, height: 812 };

describe.skipIf(!hasChromium)('reader site layout in chromium', () => {
  let running: RunningApp;
  let browser: Browser;
  const articles = new Map<string, string>();

  beforeAll(async () => {
    running = await startTestApp(testStoreKinds[0]!);
    browser = await launchBrowser();
    for (const lang of ['en', 'ar']) {
      const home = await (await running.get(`/${lang}/`)).text();
      articles.set(lang, allMatches(home, new RegExp(`href="(/${lang}/[^"/]+/a-\\d+)"`))[0]!);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
    const page = await browser.newPage({ viewport, javaScriptEnabled: false });
    expect((await page.goto(running.baseUrl + path))?.status()).toBe(200);
    return page;
  }

  for (const lang of ['en', 'ar']) {
    it(`puts the ${lang} article's lead image on the first phone screen under a compact header`, async () => {
      const page = await open(articles.get(lang)!, PHONE);
      const layout = await page.evaluate(() => ({
        header: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
        inFocus: document.querySelector('.in-focus')?.getBoundingClientRect().bottom ?? 0,
        leadImage: document.querySelector('.article .figure img')!.getBoundingClientRect().top,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      expect(Math.max(layout.header, layout.inFocus)).toBeLessThanOrEqual(PHONE.height / 5);
      expect(layout.leadImage).toBeLessThan(PHONE.height);
      expect(layout.overflow).toBeLessThanOrEqual(0);
      await page.close();
    });

    it(`opens the ${lang} phone menu from the keyboard and shows the sections`, async () => {
      const page = await open(`/${lang}/`, PHONE);
      const worldLink = page.locator(`.main-menu a[href="/${lang}/world/"]`);
      expect(await worldLink.isVisible()).toBe(false);
      for (let tabs = 0; tabs < 30; tabs++) {
        if (await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY')) break;
        await page.keyboard.press('Tab');
      }
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      await page.keyboard.press('Enter');
      expect(await page.locator('details.menu-disclosure').getAttribute('open')).not.toBeNull();
      expect(await worldLink.isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.main-menu') !== null)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await page.close();
    });
  }

  it('keeps the desktop menu open with no toggle', async () => {
    const page = await open('/en/', { width: 1280, height: 900 });
    expect(await page.locator('.menu-disclosure__summary').isVisible()).toBe(false);
    expect(await page.locator('.main-menu a[href="/en/world/"]').isVisible()).toBe(true);
    await page.close();
  });

  it('never draws a listing card, a lone story included, wider than its image `sizes` slot', async () => {
    const ctx = running.app.operations;
    const sectionId = await createSection(ctx, { editionCode: 'en', parentId: null, slug: 'lone', name: 'Lone', description: '' }, SYSTEM);
    const image = (await running.app.store.listImages({ limit: 1, offset: 0 }))[0]!;
    await createArticle(ctx, {
      editionCode: 'en', sectionId, headline: 'The only story here', teaser: 'A section with one story.', body: [],
      leadImageId: image.id, publishedAt: new Date(Date.now() - 60_000).toISOString(),
    }, SYSTEM);
    await running.app.reloadDirectory();
    const paths = ['/en/lone/', '/de/world/?page=2', '/ar/world/?page=2'];
    for (const section of await running.app.store.listSections('en'))
      if (section.parentId === null && section.id !== sectionId) paths.push(`/en/${section.path}/?page=2`);
    for (const width of [1280, 1000, 800, 375]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: false });
      for (const path of paths) {
        expect((await page.goto(running.baseUrl + path))?.status()).toBe(200);
        const cards = await page.evaluate(() => {
          const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize);
          const toPx = (length: string) => {
            const n = parseFloat(length);
            return length.endsWith('rem') ? n * rootPx : length.endsWith('vw') ? (n * innerWidth) / 100 : n;
          };
          const slot = (sizes: string) => {
            for (const entry of sizes.split(',').map((s) => s.trim())) {
              const match = entry.match(/^(\(.*\))\s+(\S+)$/);
              if (!match) return toPx(entry);
              if (matchMedia(match[1]!).matches) return toPx(match[2]!);
            }
            return Infinity;
          };
          return [...document.querySelectorAll<HTMLImageElement>('.card-grid--listing img')].map((img) => ({
            rendered: img.getBoundingClientRect().width,
            slot: slot(img.sizes),
            largest: Math.max(...img.srcset.split(',').map((c) => parseInt(c.trim().split(/\s+/)[1] ?? '0', 10))),
          }));
        });
        expect(cards.length, path).toBeGreaterThan(0);
        for (const card of cards) {
          expect(card.rendered, `${path} at ${width}px`).toBeLessThanOrEqual(card.slot + 1);
          expect(card.rendered, `${path} at ${width}px`).toBeLessThanOrEqual(card.largest);
        }
      }
      await page.close();
    }
  }, 180_000);
});
