/**
 * The live-TV page in a real browser: the local demo stream plays (natively
 * or through the video pages' loader), the page reads fully without
 * JavaScript, the live-TV content and the header's media entries have no axe
 * violations at 375 and 1280 px in English and Arabic, and on a phone the
 * header with its media row plus "In focus" stays within a fifth of the screen.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const PHONE = { width: 375, height: 812 };

describe.skipIf(!hasChromium)('live TV in chromium', () => {
  let running: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    running = await startTestApp(testStoreKinds[0]!);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('plays the local demo stream', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    expect((await page.goto(`${running.baseUrl}/en/live-tv/`))?.status()).toBe(200);
    await page.evaluate(() => {
      const video = document.querySelector('video')!;
      video.muted = true;
      return video.play();
    });
    await page.waitForFunction(() => document.querySelector('video')!.currentTime > 1, null, { timeout: 20_000 });
    expect(await page.evaluate(() => document.querySelector('video')!.videoWidth)).toBe(480);
    await context.close();
  });

  for (const lang of ['en', 'ar'])
    for (const viewport of [PHONE, { width: 1280, height: 900 }])
      it(`reads without JavaScript and passes axe in ${lang} at ${viewport.width} px`, async () => {
        const context = await browser.newContext({ viewport, javaScriptEnabled: false });
        const page = await context.newPage();
        expect((await page.goto(`${running.baseUrl}/${lang}/live-tv/`))?.status()).toBe(200);
        expect(await page.locator('.now-next__item').count()).toBe(2);
        // 18 programmes a day; 17 on a 23-hour DST day.
        expect(await page.locator('.schedule__item').count()).toBeGreaterThanOrEqual(17);
        expect(await page.locator('.media-nav a').count()).toBe(3);
        await context.close();
        // axe itself runs as a script: check the same page with JavaScript on.
        const withScripts = await browser.newContext({ viewport });
        const checked = await withScripts.newPage();
        await checked.goto(`${running.baseUrl}/${lang}/live-tv/`);
        const results = await new AxeBuilder({ page: checked }).include('main').include('.media-nav')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        const layout = await checked.evaluate(() => ({
          top: Math.max(document.querySelector('.site-header')!.getBoundingClientRect().bottom, document.querySelector('.in-focus')?.getBoundingClientRect().bottom ?? 0),
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        if (viewport === PHONE) expect(layout.top).toBeLessThanOrEqual(PHONE.height / 5);
        expect(layout.overflow).toBeLessThanOrEqual(0);
        await withScripts.close();
      });
});
