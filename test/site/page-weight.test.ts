/**
 * The article page's weight budget (Herald issue 12), without images: HTML +
 * CSS under 50 KB uncompressed and under 15 KB as sent compressed — brotli
 * and gzip each measured on the bytes the real server sends for
 * `Accept-Encoding: br` or `gzip`. No render-blocking script in the head,
 * and the stylesheets under immutable URLs named by their content's hash:
 * the base sheet on every page, plus the live coverage or players' sheet on
 * the articles that need one, counted with the page that links it.
 * Checked on every article the edition's home page links to, so the budget
 * holds for the heaviest one (a live coverage page, in every edition) and not
 * only for a chosen example. Arabic pages stay in budget because their links
 * carry slugs as IRIs, not percent-encoded (src/site/paths.ts linkHref).
 * Lighthouse itself is `npm run audit` (bench/audit.ts): too slow for the suite.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const UNCOMPRESSED_BUDGET = 50 * 1024;
const COMPRESSED_BUDGET = 15 * 1024;
const editions = ['en', 'de', 'ar'];

interface Sent {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes on the wire (compressed when the server chose to). */
  wire: Buffer;
  /** The same body decoded. */
  body: Buffer;
}

/** A GET that keeps the compressed bytes (fetch would decode them out of sight). */
function getRaw(baseUrl: string, path: string, acceptEncoding: string): Promise<Sent> {
  return new Promise((resolve, reject) => {
    http.get(new URL(path, baseUrl), { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const wire = Buffer.concat(chunks);
        const coding = response.headers['content-encoding'];
        const body = coding === 'br' ? zlib.brotliDecompressSync(wire) : coding === 'gzip' ? zlib.gunzipSync(wire) : wire;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, wire, body });
      });
    }).on('error', reject);
  });
}

const headOf = (html: string) => /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';

/** Script tags that stop rendering: neither deferred, async nor a module, and not a data block such as JSON-LD. */
function renderBlockingScripts(head: string): string[] {
  return allMatches(head, /(<script\b[^>]*>)/).filter((tag) => {
    const type = /\btype="([^"]*)"/.exec(tag)?.[1]?.toLowerCase();
    const dataBlock = type !== undefined && type !== 'module' && !/javascript|ecmascript/.test(type) && type !== '';
    return !dataBlock && type !== 'module' && !/\s(defer|async)(\s|=|>)/.test(tag);
  });
}

describe('render-blocking script detection', () => {
  it('flags classic scripts and passes deferred, async, module and data-block scripts', () => {
    expect(renderBlockingScripts('<script src="/a.js"></script><script>x()</script><script type="text/javascript"></script>')).toHaveLength(3);
    expect(
      renderBlockingScripts('<script defer src="/a.js"></script><script async src="/b.js"></script><script type="module" src="/c.js"></script><script type="application/ld+json">{}</script>'),
    ).toEqual([]);
  });
});

for (const kind of testStoreKinds) {
  describe(`article page weight on ${kind.name}`, () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startTestApp(kind);
    });
    afterAll(async () => {
      await running?.stop();
    });

    const sheets = new Map<string, { br: Sent; gzip: Sent }>();
    async function stylesheet(href: string) {
      let sheet = sheets.get(href);
      if (!sheet) {
        sheet = { br: await getRaw(running.baseUrl, href, 'br'), gzip: await getRaw(running.baseUrl, href, 'gzip') };
        sheets.set(href, sheet);
      }
      return sheet;
    }

    /** Per edition: the wire and decoded sizes of every article the home page links to, with the stylesheets each links. */
    async function measure(edition: string) {
      const home = await (await running.get(`/${edition}/`)).text();
      const articles = [...new Set(allMatches(home, new RegExp(`href="(/${edition}/[^"/]+/a-\\d+)"`)))];
      expect(articles.length).toBeGreaterThan(5);
      const pages: Array<{ path: string; head: string; stylesheets: string[]; html: number; br: number; gzip: number; css: { raw: number; br: number; gzip: number } }> = [];
      for (const path of articles) {
        const brotli = await getRaw(running.baseUrl, path, 'br');
        const gzip = await getRaw(running.baseUrl, path, 'gzip');
        expect(brotli.status, path).toBe(200);
        expect(brotli.headers['content-encoding'], path).toBe('br');
        expect(gzip.headers['content-encoding'], path).toBe('gzip');
        const head = headOf(brotli.body.toString('utf8'));
        const stylesheets = allMatches(head, /<link rel="stylesheet" href="([^"]+)"/);
        const css = { raw: 0, br: 0, gzip: 0 };
        for (const href of stylesheets) {
          const sheet = await stylesheet(href);
          css.raw += sheet.br.body.length;
          css.br += sheet.br.wire.length;
          css.gzip += sheet.gzip.wire.length;
        }
        pages.push({ path, head, stylesheets, html: brotli.body.length, br: brotli.wire.length, gzip: gzip.wire.length, css });
      }
      const heaviest = pages.reduce((a, b) => (b.html + b.css.raw > a.html + a.css.raw ? b : a));
      return { pages, heaviest };
    }

    for (const edition of editions) {
      it(`${edition}: no render-blocking script, immutable content-hashed stylesheets, under 15 KB compressed`, async () => {
        const { pages } = await measure(edition);
        const base = pages[0]?.stylesheets[0] ?? '';
        for (const page of pages) {
          expect(renderBlockingScripts(page.head), page.path).toEqual([]);
          // The base sheet first, on every page; at most the live or players' sheet after it.
          expect(page.stylesheets[0], page.path).toBe(base);
          expect(page.stylesheets.length, page.path).toBeLessThanOrEqual(2);
        }
        expect(pages.some((p) => p.stylesheets.length === 1), 'an ordinary article links the base sheet alone').toBe(true);
        for (const [href, css] of sheets) {
          expect(css.br.status, href).toBe(200);
          expect(css.br.headers['content-encoding'], href).toBe('br');
          expect(css.gzip.headers['content-encoding'], href).toBe('gzip');
          expect(css.br.headers['cache-control'], href).toMatch(/\bimmutable\b/);
          expect(css.br.headers['cache-control'], href).toMatch(/\bmax-age=31536000\b/);
          const hash = /^\/assets\/(?:site|media|live)\.([0-9a-f]{12})\.css$/.exec(href)?.[1];
          expect(hash, href).toBe(createHash('sha256').update(css.br.body).digest('hex').slice(0, 12));
        }
        for (const page of pages) {
          expect(page.br + page.css.br, `${page.path}: brotli HTML + CSS`).toBeLessThan(COMPRESSED_BUDGET);
          expect(page.gzip + page.css.gzip, `${page.path}: gzip HTML + CSS`).toBeLessThan(COMPRESSED_BUDGET);
        }
      });

      it(`${edition}: every article page is under ${UNCOMPRESSED_BUDGET / 1024} KB of HTML + CSS uncompressed`, async () => {
        const { heaviest } = await measure(edition);
        const uncompressed = heaviest.html + heaviest.css.raw;
        expect(uncompressed, `${heaviest.path}: ${heaviest.html} B HTML + ${heaviest.css.raw} B CSS`).toBeLessThan(UNCOMPRESSED_BUDGET);
      });
    }
  });
}
