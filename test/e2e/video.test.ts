/**
 * The video pages in Chromium: zero WCAG 2.2 A/AA violations (axe) on
 * "Latest videos" and a video page, English and Arabic, without JavaScript;
 * the native player loads the file (readyState ≥ 1), and seeking works,
 * which needs `/media/*` to answer range requests; the captions track loads.
 * Writes docs/screenshots/video-{en,ar}-{375,1280}.png.
 */
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

describe.skipIf(!hasChromium)('video pages in chromium', () => {
  let running: RunningApp;
  let browser: Browser;
  const videoPages: Record<string, string> = {};

  beforeAll(async () => {
    running = await startTestApp(testStoreKinds[0]!);
    browser = await launchBrowser();
    for (const code of ['en', 'ar']) {
      const latest = await (await running.get(`/${code}/video/`)).text();
      videoPages[code] = allMatches(latest, new RegExp(`href="(/${code}/video/[^"/]+/v-\\d+)"`))[0]!;
    }
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('has no WCAG 2.2 A/AA violations on the video pages, LTR and RTL', async () => {
    // With JavaScript on: axe hangs on pages with it off in this Chromium (the audio pages too); these pages ship no script anyway.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    for (const [pagePath, name] of [['/en/video/', 'en latest'], [videoPages.en!, 'en video'], ['/ar/video/', 'ar latest'], [videoPages.ar!, 'ar video']]) {
      const page = await context.newPage();
      expect((await page.goto(running.baseUrl + pagePath!))?.status(), name).toBe(200);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${name} ${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await page.close();
    }
    await context.close();
  }, 120_000);

  it('is readable without JavaScript: title, player with poster and captions, fallback link', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(running.baseUrl + videoPages.ar!, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.locator('video[poster] track[kind="captions"][srclang="ar"]').count()).toBe(1);
    expect(await page.locator('video a[href$=".mp4"]').count()).toBe(1);
    await context.close();
  }, 60_000);

  it('plays: the player reads the file, seeks through range requests and loads the captions', async () => {
    const page = await browser.newPage();
    const ranges: string[] = [];
    page.on('request', (request) => {
      const range = request.headers().range;
      if (request.url().endsWith('.mp4') && range) ranges.push(range);
    });
    await page.goto(running.baseUrl + videoPages.en!);
    const video = page.locator('video');
    const ready = await video.evaluate((element: HTMLVideoElement) =>
      new Promise<{ readyState: number; duration: number }>((resolve, reject) => {
        const done = () => resolve({ readyState: element.readyState, duration: element.duration });
        if (element.readyState >= 1) return done();
        element.addEventListener('loadedmetadata', done);
        element.addEventListener('error', () => reject(new Error(`video error ${element.error?.code}`)));
        element.load();
      }));
    expect(ready.readyState).toBeGreaterThanOrEqual(1);
    expect(ready.duration).toBeGreaterThan(4);
    const seekedTo = await video.evaluate((element: HTMLVideoElement) =>
      new Promise<number>((resolve, reject) => {
        element.addEventListener('seeked', () => resolve(element.currentTime), { once: true });
        element.addEventListener('error', () => reject(new Error(`video error ${element.error?.code}`)));
        element.currentTime = element.duration - 1;
      }));
    expect(seekedTo).toBeGreaterThan(3);
    expect(ranges.length).toBeGreaterThan(0);
    await video.evaluate((element: HTMLVideoElement) => {
      [...element.textTracks].find((t) => t.language === 'en')!.mode = 'showing';
    });
    // The browser loads the WebVTT file once the track shows: wait for its cues.
    const cues = Number(await (await page.waitForFunction(() =>
      [...(document.querySelector('video') as HTMLVideoElement).textTracks].find((t) => t.language === 'en')?.cues?.length ?? 0)).jsonValue());
    expect(cues).toBeGreaterThan(0);
    await page.close();
  }, 60_000);

  it('takes the screenshots', async () => {
    for (const code of ['en', 'ar']) {
      for (const width of [375, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(running.baseUrl + videoPages[code]!);
        await page.locator('video').evaluate((element: HTMLVideoElement) =>
          new Promise<void>((resolve) => (element.readyState >= 2 ? resolve() : element.addEventListener('loadeddata', () => resolve(), { once: true }))));
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth).toBeLessThanOrEqual(width);
        await page.screenshot({ path: path.join(SCREENSHOTS, `video-${code}-${width}.png`), fullPage: true });
        await page.close();
      }
    }
  }, 60_000);
});
