/**
 * What the public edge sends back to hostile or unknown URLs: redirects that
 * never leave the site, JSON (not HTML) for unknown API paths, and pages whose
 * markup obeys the site's own Content-Security-Policy (no inline styles).
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSafeRedirectLocation } from '../../src/http/site-routes.js';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

/** Sends the request target byte for byte (fetch would normalise `//`, `\` and dot segments away). */
function rawGet(port: number, target: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
    );
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('end', () => {
      const head = data.split('\r\n\r\n')[0] ?? '';
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
      const location = /\r\nlocation: ([^\r]*)/i.exec(head)?.[1];
      resolve({ status, location });
    });
    socket.on('error', reject);
  });
}

describe('isSafeRedirectLocation', () => {
  it.each(['//evil.example/', '/\\evil.example', '///x', '/\\/x', '\\\\evil', 'https://evil.example/', 'evil.example', '', '/\t/evil', ' /x'])(
    'refuses %j',
    (location) => expect(isSafeRedirectLocation(location)).toBe(false),
  );
  it.each(['/', '/en/', '/en/world/', '/en/caf%C3%A9/a-1', '/%2F%2Fevil'])('allows %j', (location) =>
    expect(isSafeRedirectLocation(location)).toBe(true),
  );
});

const hostileTargets = [
  '//evil.example/',
  '//evil.example',
  '/\\evil.example',
  '/\\evil.example/',
  '///x',
  '///evil.example/en',
  '/%2F%2Fevil',
  '/%2F%2Fevil.example/',
  '/\\\\/x',
  '/%5C%5Cevil.example',
  '//en/world',
  '///en/world',
  '//en',
  '/\\en/world',
  '//en//world',
  '/en//world',
  '//en/topic/x',
  '//p/abc',
];

for (const kind of testStoreKinds) {
  describe(`public edge on ${kind.name}`, () => {
    let running: RunningApp;
    let port: number;
    beforeAll(async () => {
      running = await startTestApp(kind);
      port = Number(new URL(running.baseUrl).port);
    });
    afterAll(async () => running?.stop());

    it.each(hostileTargets)('GET %s never redirects off-site', async (target) => {
      const { status, location } = await rawGet(port, target);
      expect(status).toBeLessThan(500);
      if (location !== undefined) {
        expect(status).toBeGreaterThanOrEqual(300);
        expect(location).toMatch(/^\/[^/\\]/);
      }
    });

    it('redirects //en/world to the section, on this host', async () => {
      expect(await rawGet(port, '//en/world')).toEqual({ status: 301, location: '/en/world/' });
      expect(await rawGet(port, '///en')).toEqual({ status: 301, location: '/en/' });
    });

    it.each(['/api/unknown', '/api/', '/api/v1/no-such-endpoint', '/api/unknown?x=1', '/ingest/'])(
      'answers GET %s with the API’s JSON 404',
      async (url) => {
        const response = await running.get(url);
        expect(response.status).toBe(404);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('HERALD_NOT_FOUND');
        expect(body.error.message).toMatch(/No API endpoint/);
      },
    );

    it('renders no inline style on any page, in the LTR and the RTL edition, under a CSP without unsafe-inline', async () => {
      for (const edition of ['en', 'ar']) {
        const home = await running.get(`/${edition}/`);
        const csp = home.headers.get('content-security-policy') ?? '';
        expect(csp).toMatch(/style-src 'self'/);
        expect(csp).not.toContain('unsafe-inline');
        const homeHtml = await home.text();
        const section = allMatches(homeHtml, new RegExp(`href="(/${edition}/[^"/]+/)"`)).find((href) => !/\/(topic|live-tv|audio|video)\//.test(href));
        const article = allMatches(homeHtml, new RegExp(`href="(/${edition}/[^"]+/a-\\d+)"`))[0];
        expect(section, edition).toBeDefined();
        expect(article, edition).toBeDefined();
        for (const url of [`/${edition}/`, section!, article!]) {
          const html = await (await running.get(url)).text();
          expect(html, url).toMatch(/<img /);
          expect(html, url).not.toMatch(/\sstyle=/i);
        }
        // The broadcast pages (players, schedules) are held to the same rule.
        for (const url of [`/${edition}/live-tv/`, `/${edition}/audio/`, `/${edition}/video/`]) {
          const page = await running.get(url);
          expect(page.status, url).toBe(200);
          expect(await page.text(), url).not.toMatch(/\sstyle=/i);
        }
      }
    });

    it('gives an image with a focal point the matching preset classes', async () => {
      const homeHtml = await (await running.get('/en/')).text();
      const links = allMatches(homeHtml, /href="(\/en\/[^"]+\/a-(\d+))"/);
      let checked = false;
      for (const link of links) {
        const id = Number(/a-(\d+)$/.exec(link)?.[1]);
        const article = await running.app.store.getArticle(id);
        if (!article?.leadImageId) continue;
        const imageId = article.leadImageId;
        await running.app.store.transaction((tx) => tx.updateImage(imageId, { focalX: 0.8, focalY: 0.1 }));
        running.app.pageCache?.clear();
        const html = await (await running.get(link)).text();
        expect(html).toMatch(/<img class="figure__image focal-x-75 focal-y-0"/);
        checked = true;
        break;
      }
      expect(checked).toBe(true);
    });
  });
}
