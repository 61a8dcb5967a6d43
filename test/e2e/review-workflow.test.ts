/**
 * Review in a real browser: a reporter submits with a note, the editor finds
 * it in the review list and sends it back with a note, the reporter sees who
 * sent it back and why. The editor page fits a 375 px phone without sideways
 * scrolling (English and Arabic), and the body is set in the public article's
 * typeface.
 */
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM, userActor } from '../../src/domain/identity.js';
import { createArticle } from '../../src/operations/create-article.js';
import { publishArticle } from '../../src/operations/workflow-transitions.js';
import { createTestUser } from '../helpers/auth-client.js';
import { hasChromium, launchBrowser, signInToEditor } from '../helpers/browser.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const adminBuilt = fs.existsSync(fileURLToPath(new URL('../../admin/dist/index.html', import.meta.url)));
if (!adminBuilt) console.log('skipped: review browser tests (admin/dist is missing; run npm run build)');
const screenshotDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
// The committed screenshots are refreshed on request only, so test runs leave the tree clean.
const shoot = (page: Page, name: string, fullPage = true) =>
  process.env.HERALD_UPDATE_SCREENSHOTS ? page.screenshot({ path: path.join(screenshotDir, name), fullPage }) : Promise.resolve();

type Who = 'editor' | 'reporter';

describe.skipIf(!hasChromium || !adminBuilt)('review workflow in chromium', () => {
  let running: RunningApp;
  let browser: Browser;
  const accounts = {} as Record<Who, { id: number; email: string; password: string }>;

  beforeAll(async () => {
    running = await startTestApp(testStoreKinds[0]!);
    browser = await launchBrowser();
    accounts.editor = await createTestUser(running.app.store.accounts, { role: 'editor', name: 'Edda Editor' });
    accounts.reporter = await createTestUser(running.app.store.accounts, { role: 'reporter', name: 'Rafa Reporter', editionCodes: ['en', 'ar'] });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  async function signIn(who: Who, width: number): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signInToEditor(page, `${running.baseUrl}/admin/`, accounts[who]);
    await expect.poll(() => page.getByTestId('current-role').textContent()).toMatch(new RegExp(who, 'i'));
    return { context, page };
  }

  /** A reporter's draft, written straight through the operation (the editor UI's writing is covered in newsroom.test.ts). */
  async function reporterDraft(editionCode: 'en' | 'ar', headline: string, text: string): Promise<number> {
    const [section] = await running.app.store.listSections(editionCode);
    const user = { id: accounts.reporter.id, email: accounts.reporter.email, name: 'Rafa Reporter', role: 'reporter' as const, editionCodes: ['en', 'ar'], authorId: null };
    return createArticle(running.app.operations, { editionCode, sectionId: section!.id, headline, body: [{ type: 'paragraph', spans: [{ text }] }] }, userActor(user));
  }

  const openEditor = async (page: Page, id: number) => {
    await page.goto(`${running.baseUrl}/admin/articles/${id}`);
    await page.getByTestId('article-editor').waitFor();
    await page.getByTestId('body-editor').waitFor();
  };
  const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  it('carries the submit note to the editor’s review list and the send-back note back to the reporter', async () => {
    const id = await reporterDraft('en', 'Harbour cranes to be replaced by electric ones', 'The port board voted on Thursday to replace its four diesel cranes.');
    const reporter = await signIn('reporter', 1280);
    await openEditor(reporter.page, id);
    await reporter.page.getByTestId('action-submit').click();
    await reporter.page.getByTestId('review-note').fill('The crane count is from the port board minutes.');
    await reporter.page.getByTestId('submit-confirm').click();
    await expect.poll(() => reporter.page.getByTestId('article-status').textContent(), { timeout: 15_000 }).toMatch(/In review/i);

    const editor = await signIn('editor', 1280);
    await expect.poll(() => editor.page.getByTestId('review-count').textContent().catch(() => '')).toMatch(/[1-9]/);
    await editor.page.getByRole('link', { name: /^Review/ }).click();
    const row = editor.page.getByTestId('review-row').filter({ hasText: 'Harbour cranes to be replaced by electric ones' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Rafa Reporter');
    expect(await row.getByTestId('review-row-note').textContent()).toBe('The crane count is from the port board minutes.');
    await shoot(editor.page, 'admin-review-list-1280.png');
    await editor.page.setViewportSize({ width: 375, height: 800 });
    expect(await scrollWidth(editor.page)).toBeLessThanOrEqual(375);
    await shoot(editor.page, 'admin-review-list-375.png');
    await editor.page.setViewportSize({ width: 1280, height: 900 });

    await row.getByTestId('review-link').click();
    await editor.page.getByTestId('review-note-banner').waitFor();
    expect(await editor.page.getByTestId('review-note-text').textContent()).toBe('The crane count is from the port board minutes.');
    await editor.page.getByTestId('action-send-back').click();
    expect(await editor.page.getByTestId('send-back-confirm').isDisabled()).toBe(true);
    await editor.page.getByTestId('send-back-note').fill('Say when the first electric crane arrives.');
    await editor.page.getByTestId('send-back-confirm').click();
    await expect.poll(() => editor.page.getByTestId('article-status').textContent(), { timeout: 15_000 }).toMatch(/Draft/i);
    await editor.context.close();

    await reporter.page.setViewportSize({ width: 375, height: 800 });
    await openEditor(reporter.page, id);
    const banner = reporter.page.getByTestId('review-note-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Sent back by Edda Editor');
    expect(await reporter.page.getByTestId('review-note-text').textContent()).toBe('Say when the first electric crane arrives.');
    expect(await reporter.page.getByTestId('action-submit').count()).toBe(1);
    await reporter.page.getByTestId('history-panel').locator('summary').click();
    await expect.poll(() => reporter.page.getByTestId('revision-label').allTextContents()).toEqual(['Sent back', 'Submitted for review', 'Created']);
    expect(await reporter.page.getByTestId('revision-note').allTextContents()).toEqual([
      'Say when the first electric crane arrives.', 'The crane count is from the port board minutes.',
    ]);
    await reporter.page.getByTestId('history-panel').locator('summary').click();
    await reporter.page.evaluate(() => window.scrollTo(0, 0));
    await shoot(reporter.page, 'admin-review-editor-375.png', false);
    await reporter.context.close();
  });

  it('fits the editor on a 375 px screen without sideways scrolling, in English and in Arabic', async () => {
    const en = await reporterDraft('en', 'Tram line extension opens to the airport', 'The first trams ran at five in the morning.');
    const ar = await reporterDraft('ar', 'افتتاح خط الترام الجديد إلى المطار', 'انطلقت أولى عربات الترام في الخامسة صباحا.');
    const { context, page } = await signIn('editor', 375);
    for (const id of [en, ar]) {
      await openEditor(page, id);
      const toolbar = page.getByRole('toolbar', { name: 'Body formatting' });
      const box = await toolbar.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
      // Every tool stays on screen (wrapped, not cut off).
      for (const tool of await toolbar.locator('button.tool').all()) {
        const b = (await tool.boundingBox())!;
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(375);
      }
    }
    await page.getByRole('toolbar', { name: 'Body formatting' }).scrollIntoViewIfNeeded();
    await shoot(page, 'admin-review-editor-ar-375.png', false);
    await context.close();
  });

  it('saves a minor fix to a live article without moving its "Updated" time', async () => {
    const id = await reporterDraft('en', 'Museum reopens after roof repairs', 'The museum reopened on Saturday.');
    const { updatedAt: publishedAt } = await publishArticle(running.app.operations, { articleId: id, actor: SYSTEM });
    const { context, page } = await signIn('editor', 1280);
    await openEditor(page, id);
    await page.getByTestId('headline-input').fill('Museum reopens after its roof repairs');
    await page.getByTestId('save-minor').check();
    if (process.env.HERALD_UPDATE_SCREENSHOTS) await page.getByTestId('workflow-bar').screenshot({ path: '/tmp/herald-minor-fix-bar.png' });
    await page.getByTestId('save-now').click();
    await expect.poll(async () => (await running.app.store.getArticle(id))?.headline, { timeout: 15_000 }).toBe('Museum reopens after its roof repairs');
    expect((await running.app.store.getArticle(id))?.updatedAt).toBe(publishedAt);
    await page.getByTestId('headline-input').fill('Museum reopens after its roof repairs, with a new wing');
    await page.getByTestId('save-minor').uncheck();
    await page.getByTestId('save-now').click();
    await expect.poll(async () => (await running.app.store.getArticle(id))?.updatedAt, { timeout: 15_000 }).not.toBe(publishedAt);
    await page.getByTestId('history-panel').locator('summary').click();
    await expect.poll(() => page.getByTestId('revision-label').allTextContents()).toEqual(['Updated', 'Minor fix', 'Published', 'Created']);
    await context.close();
  });

  it('sets the body being edited in the public article body’s typeface', async () => {
    const { context, page } = await signIn('editor', 1280);
    for (const edition of ['en', 'ar'] as const) {
      const [published] = await running.app.store.listPublished({ editionCode: edition, now: new Date().toISOString(), limit: 1, offset: 0 });
      await page.goto(`${running.baseUrl}/${edition}/${published!.slug}/a-${published!.id}`);
      const publicFont = await page.locator('.article__body p').first().evaluate((el) => getComputedStyle(el).fontFamily);
      await openEditor(page, published!.id);
      const editorFont = await page.locator('.body-editor__content p').first().evaluate((el) => getComputedStyle(el).fontFamily);
      expect(editorFont, edition).toBe(publicFont);
    }
    await context.close();
  });
});
