/**
 * The editor's top navigation in a real browser, signed in as an admin (who
 * sees every item): at 1280 px every link sits on one row; at 375 px nothing
 * pushes the page sideways and every link stays a usable touch target. With
 * HERALD_ADMIN_NAV_SHOTS set to a folder it also saves nav-{1280,375}.png there,
 * for looking at the result by eye.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../helpers/auth-client.js';
import { hasChromium, launchBrowser, signInToEditor } from '../helpers/browser.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const adminBuilt = fs.existsSync(fileURLToPath(new URL('../../admin/dist/index.html', import.meta.url)));
if (!adminBuilt) console.log('skipped: admin navigation layout test (admin/dist is missing; run npm run build)');

/** Every item in shell.tsx's NAV table: an admin sees them all. */
const ADMIN_NAV_ITEMS = 13;

interface NavBox { text: string; top: number; bottom: number; height: number; width: number }

function navBoxes(page: Page): Promise<NavBox[]> {
  return page.locator('nav[aria-label="Editor"] .nav__link').evaluateAll((links) =>
    links.map((link) => {
      const box = link.getBoundingClientRect();
      return { text: link.textContent ?? '', top: box.top, bottom: box.bottom, height: box.height, width: box.width };
    }));
}

/** The outermost elements reaching past the viewport's right edge, named for a failure message. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.body.querySelectorAll<HTMLElement>('*')].filter((el) => el.getBoundingClientRect().right > width + 1);
    return wide.filter((el) => !wide.includes(el.parentElement!))
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''} (${Math.round(el.getBoundingClientRect().right)} px)`);
  });
}

async function saveShot(page: Page, name: string) {
  const dir = process.env.HERALD_ADMIN_NAV_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

describe.skipIf(!hasChromium || !adminBuilt)('editor navigation layout in chromium', () => {
  let running: RunningApp;
  let browser: Browser;
  let account: { email: string; password: string };

  beforeAll(async () => {
    running = await startTestApp(testStoreKinds[0]!);
    browser = await launchBrowser();
    account = await createTestUser(running.app.store.accounts, { role: 'admin', name: 'Ada Admin' });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('keeps an admin’s navigation on one row at 1280 px and inside the page at 375 px', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signInToEditor(page, `${running.baseUrl}/admin/`, account);
    await page.getByTestId('new-article').waitFor();
    // The review count widens its link once it arrives: measure the widest navigation.
    await page.getByTestId('review-count').waitFor();

    await saveShot(page, 'nav-1280');
    const wide = await navBoxes(page);
    expect(wide).toHaveLength(ADMIN_NAV_ITEMS);
    const firstTop = wide[0]!.top;
    for (const link of wide) expect(Math.abs(link.top - firstTop), `“${link.text}” is on another row at 1280 px`).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

    await page.setViewportSize({ width: 375, height: 812 });
    await saveShot(page, 'nav-375');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `the page scrolls sideways at 375 px: ${(await overflowing(page)).join(', ')}`).toBeLessThanOrEqual(375);
    const narrow = await navBoxes(page);
    expect(narrow).toHaveLength(ADMIN_NAV_ITEMS);
    for (const link of narrow) {
      expect(link.height, `“${link.text}” is too short to tap at 375 px`).toBeGreaterThanOrEqual(24);
      expect(link.width, `“${link.text}” is too narrow to tap at 375 px`).toBeGreaterThanOrEqual(24);
    }
    await context.close();
  });
});
