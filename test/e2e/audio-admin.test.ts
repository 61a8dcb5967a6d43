/**
 * The audio screens in a real browser: an editor opens the demo show, adds an
 * episode with an MP3 picked from disk (uploaded as it is, its duration read
 * by the server), publishes it, and the public episode page plays it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../helpers/auth-client.js';
import { hasChromium, launchBrowser, signInToEditor } from '../helpers/browser.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const adminBuilt = fs.existsSync(fileURLToPath(new URL('../../admin/dist/index.html', import.meta.url)));
if (!adminBuilt) console.log('skipped: audio admin browser test (admin/dist is missing; run npm run build)');
const MP3 = path.resolve(import.meta.dirname, '../../src/seed/demo-media/audio/tone-a.mp3');

describe.skipIf(!hasChromium || !adminBuilt)('audio screens in chromium', () => {
  let running: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    running = await startTestApp(testStoreKinds[0]!);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('an editor uploads and publishes an episode; the public page has it', async () => {
    const account = await createTestUser(running.app.store.accounts, { role: 'editor', editionCodes: ['en'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInToEditor(page, `${running.baseUrl}/admin/`, account);
    await page.getByRole('link', { name: 'Audio' }).click();
    await page.getByRole('link', { name: 'The Morning Briefing' }).click();
    await page.getByLabel('Title', { exact: true }).first().fill('Browser-made episode');
    await page.getByLabel('Transcript (blank lines separate paragraphs)').fill('Made in a browser.');
    await page.getByLabel('Audio file (MP3 or M4A)').setInputFiles(MP3);
    await page.getByRole('button', { name: 'Create episode' }).click();
    await page.getByTestId('audio-status').getByText('Created “Browser-made episode”.').waitFor();
    const row = page.locator('tr', { hasText: 'Browser-made episode' });
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('Draft');
    await row.getByRole('button', { name: 'Publish' }).click();
    await page.getByTestId('audio-status').getByText('Published “Browser-made episode”.').waitFor();
    await page.close();

    const episodes = await running.app.store.podcasts.listEpisodes((await running.app.store.podcasts.findShowBySlug('en', 'morning-briefing'))!.id);
    const made = episodes.find((e) => e.title === 'Browser-made episode')!;
    expect(made).toMatchObject({ status: 'published', audio: { mime: 'audio/mpeg', bytes: fs.statSync(MP3).size } });
    expect(made.durationSeconds).toBeGreaterThan(3.5);
    const html = await (await running.get(`/en/audio/morning-briefing/browser-made-episode/e-${made.id}`)).text();
    expect(html).toContain('<p>Made in a browser.</p>');
  }, 120_000);
});
