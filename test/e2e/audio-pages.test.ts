/**
 * The audio pages in Chromium, without JavaScript: zero WCAG 2.2 A/AA
 * violations (axe) on "Latest audio", a show and an episode, English and
 * Arabic; the native player loads the episode's audio (its duration known,
 * which needs the file served with ranges); no horizontal scrolling at
 * 320 px. Writes the docs/screenshots/audio-* pictures of an episode page.
 */
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.js';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../docs/screenshots');

describe.skipIf(!hasChromium)('audio pages in chromium', () => {
  let running: RunningApp;
  let browser: Browser;
  const episodes: Record<string, string> = {};

  beforeAll(async () => {
    running = await startTestApp(testStoreKinds[0]!);
    browser = await launchBrowser();
    for (const code of ['en', 'ar']) {
      const latest = await (await running.get(`/${code}/audio/`)).text();
      episodes[code] = allMatches(latest, new RegExp(`href="(/${code}/audio/[^"/]+/[^"/]+/e-\\d+)"`))[0]!;
    }
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  const pages = () => [
    ['/en/audio/', 'en latest'], ['/en/audio/morning-briefing/', 'en show'], [episodes.en!, 'en episode'],
    ['/ar/audio/', 'ar latest'], ['/ar/audio/ala-al-khat/', 'ar show'], [episodes.ar!, 'ar episode'],
  ] as const;

  it('has no WCAG 2.2 A/AA violations on the audio pages, LTR and RTL', async () => {
    // axe runs as a script in the page, so this context keeps JavaScript on (the pages themselves load none).
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    for (const [pagePath, name] of pages()) {
      const page = await context.newPage();
      expect((await page.goto(running.baseUrl + pagePath))?.status(), name).toBe(200);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${name} ${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await page.close();
    }
    await context.close();
  }, 120_000);

  it('plays: the native player reads the audio file and knows its duration', async () => {
    const page = await browser.newPage();
    await page.goto(running.baseUrl + episodes.en!);
    const duration = await page.locator('audio').evaluate((audio: HTMLAudioElement) =>
      new Promise<number>((resolve, reject) => {
        if (audio.readyState >= 1) return resolve(audio.duration);
        audio.addEventListener('loadedmetadata', () => resolve(audio.duration));
        audio.addEventListener('error', () => reject(new Error(`audio error ${audio.error?.code}`)));
        audio.load();
      }));
    expect(duration).toBeGreaterThan(3);
    await page.close();
  });

  it('fits 320 px without horizontal scrolling and saves the screenshots', async () => {
    for (const [pagePath, name] of pages()) {
      const page = await browser.newPage({ viewport: { width: 320, height: 700 }, javaScriptEnabled: false });
      await page.goto(running.baseUrl + pagePath);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), name).toBeLessThanOrEqual(0);
      await page.close();
    }
    for (const code of ['en', 'ar'])
      for (const width of [375, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: false });
        await page.goto(running.baseUrl + episodes[code]!);
        await page.screenshot({ path: path.join(SCREENSHOTS, `audio-${code}-${width}.png`), fullPage: true });
        await page.close();
      }
  }, 120_000);
});
