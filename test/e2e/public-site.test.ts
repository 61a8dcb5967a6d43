/**
 * The public site in a real browser: keyboard and screen-reader access (skip
 * links, focus), WCAG 2.2 AA checks with axe, no JavaScript at all, and a
 * layout that fits 320 px without sideways scrolling, in LTR and RTL.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

describe.skipIf(!hasChromium)('public site in chromium', () => {
  let running: RunningApp;
  let browser: Browser;
  let articlePath: string;
  let arabicArticlePath: string;

  beforeAll(async () => {
    running = await startTestApp(testStoreKinds[0]!);
    browser = await launchBrowser();
    // An ordinary article: the live coverage pages (which lead the demo homes) load their update script on purpose.
    const ordinaryArticle = async (edition: string): Promise<string> => {
      const home = await (await running.get(`/${edition}/`)).text();
      for (const path of allMatches(home, new RegExp(`href="(/${edition}/[^"/]+/a-\\d+)"`)))
        if (!(await (await running.get(path)).text()).includes('class="live"')) return path;
      throw new Error(`no ordinary article on /${edition}/`);
    };
    articlePath = await ordinaryArticle('en');
    arabicArticlePath = await ordinaryArticle('ar');
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await browser.newPage({ viewport, javaScriptEnabled: false });
    const response = await page.goto(running.baseUrl + path);
    expect(response?.status()).toBe(200);
    return page;
  }

  it('lets a keyboard user skip to the content with the first Tab', async () => {
    const page = await open(articlePath);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, href: document.activeElement?.getAttribute('href') }));
    expect(focused).toEqual({ text: 'Skip to content', href: '#main-content' });
    const box = await page.locator('a[href="#main-content"]').boundingBox();
    expect(box && box.width > 20 && box.height > 10).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main-content');
    await page.close();
  });

  for (const [name, path] of [['English article', () => articlePath], ['Arabic article', () => arabicArticlePath], ['English home', () => '/en/'], ['Arabic home', () => '/ar/'], ['section', () => '/en/world/'], ['404', () => '']] as const) {
    it(`has no WCAG 2.2 A/AA violations on the ${name} page`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(running.baseUrl + (path() || '/en/no-such-page/'));
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
      expect(summary).toEqual([]);
      await context.close();
    });
  }

  it('loads no script and fits 320 px without horizontal scrolling, LTR and RTL', async () => {
    for (const path of [articlePath, arabicArticlePath, '/en/', '/ar/']) {
      const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await page.goto(running.baseUrl + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      expect(scripts).toEqual([]);
      // Structured data (JSON-LD) is the only <script> element, and it is data that browsers never run.
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
      await page.close();
    }
  });

  it('shows a visible focus indicator on links', async () => {
    const page = await open('/en/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { width: parseFloat(style.outlineWidth), styleName: style.outlineStyle };
    });
    expect(outline.styleName).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
