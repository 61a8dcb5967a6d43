/**
 * A kill never goes unnoticed, in a real browser: a story is ingested,
 * adopted and published; the agency kills it (and corrects another adopted
 * story). An editor signing in sees the kill first (a banner at the top of
 * the page, focused, linking to the article), the navigation counts the open
 * alerts, the article list marks the article; "Acknowledge" clears it, and a
 * second open tab's count drops live through the desk's event stream. On
 * the desk, the killed story is not offered for adoption, shows the agency's
 * own times, and opens into view from low in the list.
 * Writes docs/screenshots/wire-desk-alert-{1280,375}.png (the desk with an alert).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminArticle } from '../../src/api/admin/contract.js';
import { createTestUser, login } from '../helpers/auth-client.js';
import { hasChromium, launchBrowser, signInToEditor } from '../helpers/browser.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';
import { g2File } from '../wire/wire-files.js';

const adminBuilt = fs.existsSync(fileURLToPath(new URL('../../admin/dist/index.html', import.meta.url)));
if (!adminBuilt) console.log('skipped: wire alerts browser test (admin/dist is missing; run npm run build)');
const screenshotDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

const KILLED = {
  guid: 'urn:newsml:afp.example:20261130:lindholm-bridge', provider: 'AFP', headline: 'Lindholm bridge reopens after winter repairs',
  slugline: 'BRITAIN-TRANSPORT-BRIDGE', dateline: 'LINDHOLM, 30 Nov (AFP)',
  paragraphs: ['The Lindholm bridge reopened to traffic on Monday after three months of repairs.', 'Ferries will keep a reduced timetable until Friday.'],
};
const CORRECTED = { guid: 'urn:newsml:afp.example:20261130:harbour-fees', provider: 'AFP', headline: 'Harbour fees to rise in spring' };

async function smallScreenshot(page: Page, file: string) {
  const png = await page.screenshot({ fullPage: false });
  await sharp(png).png({ palette: true, compressionLevel: 9 }).toFile(path.join(screenshotDir, file));
}

describe.skipIf(!hasChromium || !adminBuilt)('wire alerts in chromium', () => {
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

  it('shows an unacknowledged kill first, counts and marks it, and clears it on Acknowledge', async () => {
    const ingest = (bytes: Uint8Array, fileName: string) => running.app.wire.ingest({ bytes, fileName, source: 'test' });
    const account = await createTestUser(running.app.store.accounts, { role: 'editor', name: 'Wiebke Desk', editionCodes: ['en'] });
    const api = await login(running, account.email, account.password);
    const sectionId = (await running.app.store.listSections('en'))[0]!.id;
    const adopt = async (guid: string) =>
      (await (await api.request('POST', `/api/admin/wire/${encodeURIComponent(guid)}/adopt`, { editionCode: 'en', sectionId })).json()) as AdminArticle;

    expect((await ingest(g2File({ ...KILLED, version: 1 }), 'bridge-v1.xml'))[0]?.status).toBe('ingested');
    expect((await ingest(g2File({ ...CORRECTED, version: 1 }), 'fees-v1.xml'))[0]?.status).toBe('ingested');
    const article = await adopt(KILLED.guid);
    expect(article).toMatchObject({ kicker: 'Britain transport bridge', teaser: KILLED.paragraphs[0] });
    expect((await api.request('POST', `/api/admin/articles/${article.id}/publish`, { revision: article.revision })).status).toBe(200);
    const draft = await adopt(CORRECTED.guid);
    expect((await ingest(g2File({ ...KILLED, version: 2, pubStatus: 'canceled', versionCreated: '2026-11-30T14:02:00Z' }), 'bridge-v2.xml'))[0]?.status).toBe('ingested');
    expect((await ingest(g2File({ ...CORRECTED, version: 2, correction: true }), 'fees-v2.xml'))[0]?.status).toBe('ingested');

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInToEditor(page, `${running.baseUrl}/admin/`, account);

    // First thing: the kill, above the page, focused, with a way to the article.
    const urgent = page.getByTestId('wire-alerts-urgent');
    await urgent.waitFor({ timeout: 15_000 });
    await page.getByTestId('article-list').waitFor();
    await expect.poll(() => page.evaluate(() => document.querySelector('main')?.firstElementChild?.getAttribute('data-testid'))).toBe('wire-alerts-urgent');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('wire-alerts-heading');
    expect(await urgent.textContent()).toMatch(/KILLED.*AFP killed this story at 14:02 UTC.*Lindholm bridge reopens after winter repairs.*published/);
    expect(await urgent.getByRole('link', { name: 'Open the article' }).getAttribute('href')).toBe(`/admin/articles/${article.id}`);
    // The correction of a draft is not urgent: it waits on the desk and in the count.
    expect(await urgent.getByTestId('wire-alert').count()).toBe(1);

    const count = page.getByTestId('wire-alert-count');
    await expect.poll(() => count.textContent()).toMatch(/^2/);
    const rowOf = (id: number) => page.getByTestId('article-list').locator('tr').filter({ has: page.locator(`a[href="/admin/articles/${id}"]`) });
    await expect.poll(() => rowOf(article.id).getByTestId('wire-alert-mark').getAttribute('data-kind')).toBe('canceled');
    expect(await rowOf(draft.id).getByTestId('wire-alert-mark').getAttribute('data-kind')).toBe('correction');

    // A second tab on the desk, with both alerts and no Adopt on the killed story.
    const desk = await context.newPage();
    await desk.goto(`${running.baseUrl}/admin/wire`);
    const deskBanner = desk.getByTestId('wire-alerts-banner');
    await expect.poll(() => deskBanner.getByTestId('wire-alert').count(), { timeout: 15_000 }).toBe(2);
    const killedRow = desk.getByTestId('wire-row').filter({ hasText: KILLED.headline });
    await expect.poll(() => killedRow.getByTestId('wire-not-adoptable').textContent()).toMatch(/AFP killed this story/);
    expect(await killedRow.getByRole('button', { name: /Adopt/ }).count()).toBe(0);
    expect(await killedRow.textContent()).toMatch(/First created.*This version/);
    await smallScreenshot(desk, 'wire-desk-alert-1280.png');
    await desk.setViewportSize({ width: 375, height: 900 });
    await smallScreenshot(desk, 'wire-desk-alert-375.png');
    // On a phone the rows sit far below where the story opens: opening one from there brings the story into view.
    await killedRow.getByRole('button', { name: KILLED.headline }).click();
    const opened = desk.getByTestId('wire-story');
    await expect.poll(() => opened.getByRole('heading', { level: 2 }).textContent(), { timeout: 10_000 }).toBe(KILLED.headline);
    await expect.poll(() => opened.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= -1 && box.top < window.innerHeight / 2;
    }), { timeout: 10_000 }).toBe(true);
    expect(await opened.getByTestId('wire-story-times').textContent()).toMatch(/First created by AFP: .*This version: .*Arrived here: /);
    await opened.getByRole('button', { name: 'Close' }).click();
    await desk.setViewportSize({ width: 1280, height: 900 });

    // Acknowledge on the first tab: it leaves there at once, and the desk tab hears of it over the event stream.
    await urgent.getByRole('button', { name: /^Acknowledge/ }).click();
    await urgent.waitFor({ state: 'detached' });
    await expect.poll(() => count.textContent()).toMatch(/^1/);
    await expect.poll(() => rowOf(article.id).getByTestId('wire-alert-mark').count()).toBe(0);
    await expect.poll(() => desk.getByTestId('wire-alert-count').textContent(), { timeout: 15_000 }).toMatch(/^1/);
    await expect.poll(() => deskBanner.getByTestId('wire-alert').count()).toBe(1);
    const alerts = await running.app.store.listWireAlerts({ articleId: article.id });
    expect(alerts[0]?.acknowledgedAt).toEqual(expect.any(String));

    // The draft's correction is acknowledged on the article itself.
    await page.goto(`${running.baseUrl}/admin/articles/${draft.id}`);
    const onArticle = page.getByTestId('wire-alerts');
    await page.getByTestId('article-editor').waitFor({ timeout: 30_000 });
    await onArticle.waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
      console.log('article page without its wire alert:', (await page.locator('main').innerHTML()).slice(0, 1500));
      throw error;
    });
    await onArticle.getByRole('button', { name: 'Acknowledge' }).click();
    await onArticle.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('wire-alert-count').count()).toBe(0);
    await expect.poll(() => desk.getByTestId('wire-alert-count').count(), { timeout: 15_000 }).toBe(0);
    await context.close();
  });
});
