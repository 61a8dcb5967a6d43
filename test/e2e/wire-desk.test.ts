/**
 * The wire desk in a real browser: a story arrives, an editor adopts it from
 * /admin/wire into a draft, and when the agency later kills the story the
 * article's editor shows the kill alert.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../helpers/auth-client.js';
import { hasChromium, launchBrowser, signInToEditor } from '../helpers/browser.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const adminBuilt = fs.existsSync(fileURLToPath(new URL('../../admin/dist/index.html', import.meta.url)));
const GUID = 'urn:newsml:afp.example:20261127:harbour-ferry';
const HEADLINE = 'Harbour ferry crews end strike after pay deal';

const newsItem = (version: number, status: 'usable' | 'canceled') => `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${GUID}" version="${version}" standard="NewsML-G2" standardversion="2.33">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="AFP"/>
    <versionCreated>2026-11-27T${version === 1 ? '10:00' : '14:02'}:00Z</versionCreated>
    <pubStatus qcode="stat:${status}"/>
  </itemMeta>
  <contentMeta>
    <urgency>3</urgency>
    <headline>${HEADLINE}</headline>
    <language tag="en"/>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
      <p>Ferry crews in the port of Lindholm returned to work on Friday after a pay agreement.</p>
    </body></html></inlineXML>
  </contentSet>
</newsItem>`;

describe.skipIf(!hasChromium || !adminBuilt)('wire desk in chromium', () => {
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

  it('adopts a story into a draft, then shows the agency kill on that article', async () => {
    const ingest = (version: number, status: 'usable' | 'canceled') =>
      running.app.wire.ingest({ bytes: new TextEncoder().encode(newsItem(version, status)), fileName: `ferry-v${version}.xml`, source: 'test' });
    expect((await ingest(1, 'usable'))[0]?.status).toBe('ingested');

    const editor = await createTestUser(running.app.store.accounts, { role: 'editor', editionCodes: ['en'] });
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await signInToEditor(page, `${running.baseUrl}/admin/wire`, editor);
    const row = page.getByTestId('wire-row').filter({ hasText: HEADLINE });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);

    await row.getByRole('button', { name: /Adopt/ }).click();
    const dialog = page.getByTestId('wire-adopt-dialog');
    await dialog.getByLabel('Edition').selectOption('en');
    const section = await dialog.getByLabel('Section').locator('option').nth(1).getAttribute('value');
    await dialog.getByLabel('Section').selectOption(section!);
    await dialog.getByRole('button', { name: /Adopt|Create/ }).last().click();
    await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/\/admin\/articles\/\d+$/);
    await expect.poll(() => page.getByTestId('headline-input').inputValue(), { timeout: 10_000 }).toBe(HEADLINE);
    const articleId = Number(page.url().split('/').pop());
    const article = await running.app.store.getArticle(articleId);
    expect(article).toMatchObject({ status: 'draft', wireOrigin: { guid: GUID, version: 1 } });
    expect(article?.agencyIds).toHaveLength(1);

    expect((await ingest(2, 'canceled'))[0]?.status).toBe('ingested');
    await page.reload();
    const alerts = page.getByTestId('wire-alerts');
    await expect.poll(() => alerts.textContent(), { timeout: 10_000 }).toMatch(/AFP killed this story at 14:02 UTC/);
    await context.close();
  });
});
