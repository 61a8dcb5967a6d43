/**
 * The structure and users screens in a real browser: an admin creates a
 * section and nests it under another, reorders "In focus" with the keyboard,
 * creates a user and disables them; the public edition then shows the nested
 * section in its menu and the new "In focus" order. With
 * HERALD_UPDATE_SCREENSHOTS set it refreshes
 * docs/screenshots/admin-structure-{375,1280}.png and admin-users-{375,1280}.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../helpers/auth-client.js';
import { hasChromium, launchBrowser, signInToEditor } from '../helpers/browser.js';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const adminBuilt = fs.existsSync(fileURLToPath(new URL('../../admin/dist/index.html', import.meta.url)));
if (!adminBuilt) console.log('skipped: structure admin browser test (admin/dist is missing; run npm run build)');
const screenshotDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

async function screenshotsAt(page: Page, name: string) {
  if (!process.env.HERALD_UPDATE_SCREENSHOTS) return;
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    const png = await page.screenshot({ fullPage: true });
    await sharp(png).png({ palette: true, compressionLevel: 9 }).toFile(path.join(screenshotDir, `${name}-${width}.png`));
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe.skipIf(!hasChromium || !adminBuilt)('structure and users screens in chromium', () => {
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

  it('an admin nests a new section, reorders In focus and disables a new user; the public site follows', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInToEditor(page, `${running.baseUrl}/admin/`, account);

    // Sections: create "Allotments" at the top level, then nest it under the first top-level section.
    await page.getByRole('link', { name: 'Structure' }).click();
    await page.getByRole('link', { name: 'Sections' }).click();
    await page.getByTestId('section-tree').waitFor();
    const parent = (await running.app.store.listSections('en')).filter((s) => s.parentId === null).sort((a, b) => a.position - b.position)[0]!;
    await page.getByTestId('new-section').click();
    const create = page.getByTestId('section-dialog');
    await create.getByLabel('Name').fill('Allotments');
    await expect.poll(() => create.getByLabel('Address (slug)').inputValue()).toBe('allotments');
    await create.getByTestId('save-section').click();
    await page.getByRole('button', { name: 'Edit “Allotments”' }).click();
    await create.getByLabel('Parent section').selectOption({ label: parent.name });
    await create.getByTestId('save-section').click();
    await page.getByText(`/${parent.path}/allotments`).waitFor();

    // In focus: make sure two topics are chosen, then move the last one up with the keyboard and save.
    await page.getByRole('link', { name: 'In focus' }).click();
    const chosen = page.getByTestId('focus-chosen').locator('li');
    await page.getByTestId('focus-screen').waitFor();
    while ((await chosen.count()) < 2) await page.getByTestId('focus-available').getByRole('button').first().click();
    const names = await chosen.locator('.structure__name').allTextContents();
    const last = names[names.length - 1]!;
    await page.getByRole('button', { name: `Move “${last}” up` }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Move “${last}” up`);
    const expected = [...names.slice(0, -2), last, names[names.length - 2]!];
    expect(await chosen.locator('.structure__name').allTextContents()).toEqual(expected);
    await page.getByTestId('save-focus').click();
    await expect.poll(() => page.getByTestId('focus-status').textContent()).toMatch(/Saved/);
    await screenshotsAt(page, 'admin-structure');

    // Users: create a reporter for English, then disable them.
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByTestId('users-table').waitFor();
    await page.getByTestId('new-user').click();
    const dialog = page.getByTestId('new-user-dialog');
    await dialog.getByLabel('Email').fill('rosa.reporter@herald.example');
    await dialog.getByLabel('Name').fill('Rosa Reporter');
    await dialog.getByLabel('English').check();
    await dialog.getByLabel('Password').fill('too short');
    await dialog.getByTestId('new-user-submit').click();
    await expect.poll(() => dialog.getByTestId('new-user-error').textContent()).toMatch(/at least 12 characters/);
    await dialog.getByLabel('Password').fill('a long enough password');
    await dialog.getByTestId('new-user-submit').click();
    const row = page.getByTestId('user-rosa.reporter@herald.example');
    await row.getByRole('button', { name: 'Disable Rosa Reporter' }).click();
    await expect.poll(() => row.getByTestId('user-state').textContent()).toBe('Disabled');
    expect((await running.app.store.accounts.findUserByEmail('rosa.reporter@herald.example'))?.disabledAt).not.toBeNull();
    await screenshotsAt(page, 'admin-users');

    // The public edition: the nested section in the menu, In focus in the new order.
    const topics = await running.app.store.listTopics('en');
    const slugs = expected.map((name) => topics.find((t) => t.name === name)!.slug);
    const home = await context.newPage();
    await home.goto(`${running.baseUrl}/en/`);
    const html = await home.content();
    expect(html).toContain(`href="/en/${parent.path}/allotments/"`);
    const bar = html.match(/<nav[^>]*aria-label="In focus"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(allMatches(bar, /href="\/en\/topic\/([^"/]+)\/"/)).toEqual(slugs);
    await context.close();
  });
});
