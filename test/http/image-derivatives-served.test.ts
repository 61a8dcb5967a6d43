/**
 * The site's modern image derivatives are served with their own Content-Type,
 * including those of pictures stored before modern formats (the demo's cached
 * pictures have only JPEGs), which are made on the first request; a name the
 * site never links stays a 404 and makes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

describe('served image derivatives', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startTestApp(testStoreKinds[0]!);
  });
  afterAll(async () => running.stop());

  it('answers AVIF, WebP and JPEG derivatives with the right Content-Type', async () => {
    const home = await (await running.get('/en/')).text();
    const urlsOf = (type: string) =>
      allMatches(home, new RegExp(`<source type="${type}" srcset="([^"]+)"`)).flatMap((set) => set.split(', ').map((c) => c.split(' ')[0]!));
    const avif = urlsOf('image/avif');
    const webp = urlsOf('image/webp');
    expect(avif.length).toBeGreaterThan(0);
    expect(webp.length).toBeGreaterThan(0);
    const jpeg = allMatches(home, /<img[^>]* src="(\/media\/[^"]+\.jpg)"/)[0]!;
    for (const [url, type] of [[avif[0]!, 'image/avif'], [webp[webp.length - 1]!, 'image/webp'], [jpeg, 'image/jpeg']] as const) {
      const response = await running.get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.length).toBeGreaterThan(100);
      if (type === 'image/avif') expect(bytes.subarray(4, 12).toString('latin1')).toBe('ftypavif');
      if (type === 'image/webp') expect(bytes.subarray(8, 12).toString('latin1')).toBe('WEBP');
    }
    // Made once and kept: the second answer is the stored file.
    expect(fs.existsSync(path.join(running.app.media.directory, path.basename(avif[0]!)))).toBe(true);
  });

  it('makes nothing for a derivative the site never links', async () => {
    const home = await (await running.get('/en/')).text();
    const hash = /\/media\/([0-9a-f]{16})-\d+\.avif/.exec(home)![1]!;
    for (const name of [`${hash}-777.avif`, `${hash}-9999.webp`, 'ffffffffffffffff-640.avif']) {
      expect((await running.get(`/media/${name}`)).status, name).toBe(404);
      expect(fs.existsSync(path.join(running.app.media.directory, name))).toBe(false);
    }
  });
});
