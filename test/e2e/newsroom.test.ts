/**
 * The newsroom in a real browser: an editor writes an article with a
 * subheading and an uploaded image with caption and credit, publishes it and
 * finds all of it on the public page; two tabs conflict and nothing is lost;
 * a reporter has no publish button.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../helpers/auth-client.js';
import { hasChromium, launchBrowser, signInToEditor } from '../helpers/browser.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const adminBuilt = fs.existsSync(fileURLToPath(new URL('../../admin/dist/index.html', import.meta.url)));
if (!adminBuilt) console.log('skipped: editor browser tests (admin/dist is missing; run npm run build)');
const screenshotDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

describe.skipIf(!hasChromium || !adminBuilt)('newsroom in chromium', () => {
  let running: RunningApp;
  let browser: Browser;
  const accounts: Record<'editor' | 'reporter', { email: string; password: string }> = {} as never;
  let imagePath: string;

  beforeAll(async () => {
    running = await startTestApp(testStoreKinds[0]!);
    browser = await launchBrowser();
    accounts.editor = await createTestUser(running.app.store.accounts, { role: 'editor', name: 'Edda Editor' });
    accounts.reporter = await createTestUser(running.app.store.accounts, { role: 'reporter', name: 'Rafa Reporter', editionCodes: ['en'] });
    imagePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'herald-e2e-')), 'harbour.png');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><rect width="1200" height="675" fill="#1d4e89"/><circle cx="900" cy="200" r="90" fill="#f2c14e"/><rect y="480" width="1200" height="195" fill="#0b2e59"/></svg>`;
    await sharp(Buffer.from(svg)).png().toFile(imagePath);
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  async function signIn(role: 'editor' | 'reporter'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await signInToEditor(page, `${running.baseUrl}/admin/`, accounts[role]);
    await expect.poll(() => page.getByTestId('current-role').textContent()).toMatch(new RegExp(role, 'i'));
    return { context, page };
  }

  async function newArticle(page: Page, headline: string) {
    await page.getByTestId('new-article').click();
    await page.getByTestId('headline-input').fill(headline);
    const sections = page.getByTestId('section-select');
    const firstSection = await sections.locator('option').nth(1).getAttribute('value');
    if (firstSection) await sections.selectOption(firstSection);
  }

  it('writes, illustrates and publishes an article that then appears on the public site', async () => {
    const { context, page } = await signIn('editor');
    await newArticle(page, 'Lighthouse keepers hand over to automatic lamps');
    const body = page.getByTestId('body-editor');
    await body.click();
    await page.keyboard.type('After ninety years the last keepers leave the island station this winter.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('What changes for the island');
    await page.getByTestId('toolbar-subheading').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The lamp will be watched from the mainland.');

    await page.getByTestId('toolbar-image').click();
    const picker = page.getByTestId('image-picker');
    await picker.getByTestId('image-upload-file').setInputFiles(imagePath);
    await picker.getByTestId('image-upload-alt').fill('A lighthouse lamp against a dark blue evening sky');
    await picker.getByTestId('image-upload-caption').fill('The island lamp at dusk (illustration)');
    await picker.getByTestId('image-upload-credit-name').fill('Ilse Maritime');
    await picker.getByTestId('image-upload-credit-agency').fill('Herald Graphics');
    await picker.getByTestId('image-upload-submit').click();
    await expect.poll(() => page.getByTestId('image-block').count()).toBe(1);

    await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 15_000 }).toMatch(/^Saved at/);
    // The committed screenshot in docs/ is refreshed on request only, so test runs leave the tree clean.
    if (process.env.HERALD_UPDATE_SCREENSHOTS) await page.screenshot({ path: path.join(screenshotDir, 'admin-editor.png') });
    await page.getByTestId('action-publish').click();
    await expect.poll(() => page.getByTestId('article-status').textContent(), { timeout: 15_000 }).toMatch(/Published/i);

    const href = await page.getByTestId('public-link').getAttribute('href');
    expect(href).toBeTruthy();
    const publicPath = new URL(href!, running.baseUrl).pathname;
    const html = await (await running.get(publicPath)).text();
    expect(html).toContain('Lighthouse keepers hand over to automatic lamps');
    expect(html).toMatch(/<h2[^>]*>[\s\S]{0,120}What changes for the island/);
    expect(html).toContain('The lamp will be watched from the mainland.');
    expect(html).toMatch(/<figure[\s\S]*The island lamp at dusk \(illustration\)[\s\S]*Image:[\s\S]*Ilse Maritime\/Herald Graphics[\s\S]*<\/figure>/);
    await context.close();
  });

  it('resolves a two-tab conflict without losing what either tab typed', async () => {
    const { context, page: first } = await signIn('editor');
    await newArticle(first, 'Ferry timetable changes for the winter');
    await expect.poll(() => first.getByTestId('save-status').textContent(), { timeout: 15_000 }).toMatch(/^Saved at/);
    const articleUrl = first.url();
    const second = await context.newPage();
    await second.goto(articleUrl);
    await expect
      .poll(() => second.getByTestId('headline-input').inputValue().catch(() => ''), { timeout: 10_000 })
      .toBe('Ferry timetable changes for the winter')
      .catch(async (error: unknown) => {
        await second.screenshot({ path: '/tmp/herald-conflict-second-tab.png' });
        console.log('second tab at', second.url());
        throw error;
      });

    await first.getByTestId('headline-input').fill('Ferry timetable changes from November');
    await expect.poll(() => first.getByTestId('save-status').textContent(), { timeout: 15_000 }).toMatch(/^Saved at/);
    await second.getByTestId('headline-input').fill('Winter ferries run twice a day');
    await expect.poll(() => second.getByTestId('conflict-dialog').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await second.getByTestId('conflict-theirs').textContent()).toContain('Ferry timetable changes from November');
    expect(await second.getByTestId('conflict-mine').textContent()).toContain('Winter ferries run twice a day');
    await second.getByTestId('conflict-keep-mine').click();
    await expect.poll(() => second.getByTestId('save-status').textContent(), { timeout: 15_000 }).toMatch(/^Saved at/);

    const id = Number(new URL(articleUrl).pathname.split('/').pop());
    const stored = await running.app.store.getArticle(id);
    expect(stored?.headline).toBe('Winter ferries run twice a day');
    const history = await running.app.store.listRevisions(id);
    expect(history.map((r) => r.snapshot.headline)).toContain('Ferry timetable changes from November');
    await context.close();
  });

  it('gives a reporter no way to publish', async () => {
    const { context, page } = await signIn('reporter');
    await newArticle(page, 'A reporter files copy for review');
    await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 15_000 }).toMatch(/^Saved at/);
    const bar = page.getByTestId('workflow-bar');
    expect(await bar.getByTestId('action-submit').count()).toBe(1);
    for (const forbidden of ['action-publish', 'action-schedule', 'action-correct', 'action-unpublish'])
      expect(await bar.getByTestId(forbidden).count(), forbidden).toBe(0);
    await context.close();
  });
});
