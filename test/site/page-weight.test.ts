/**
 * The article page's weight budget (Herald issue 12), without images: HTML +
 * CSS under 50 KB uncompressed and under 15 KB as sent compressed — brotli
 * and gzip each measured on the bytes the real server sends for
 * `Accept-Encoding: br` or `gzip`. No render-blocking script in the head,
 * and the stylesheet under an immutable URL named by its content's hash.
 * Checked on every article the edition's home page links to, so the budget
 * holds for the heaviest one and not only for a chosen example.
 * The Arabic edition misses the uncompressed budget (see the note below) and
 * is held to its current weight instead until that is fixed.
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
/** Not the target: the Arabic edition's heaviest article today (59 KB with the live page) plus a little room. */
const ARABIC_UNCOMPRESSED_CEILING = 64 * 1024;
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

    /** Per edition: the wire and decoded sizes of every article the home page links to, and of the stylesheet. */
    async function measure(edition: string) {
      const home = await (await running.get(`/${edition}/`)).text();
      const articles = [...new Set(allMatches(home, new RegExp(`href="(/${edition}/[^"/]+/a-\\d+)"`)))];
      expect(articles.length).toBeGreaterThan(5);
      const pages: Array<{ path: string; head: string; stylesheets: string[]; html: number; br: number; gzip: number }> = [];
      for (const path of articles) {
        const brotli = await getRaw(running.baseUrl, path, 'br');
        const gzip = await getRaw(running.baseUrl, path, 'gzip');
        expect(brotli.status, path).toBe(200);
        expect(brotli.headers['content-encoding'], path).toBe('br');
        expect(gzip.headers['content-encoding'], path).toBe('gzip');
        const head = headOf(brotli.body.toString('utf8'));
        const stylesheets = allMatches(head, /<link rel="stylesheet" href="([^"]+)"/);
        pages.push({ path, head, stylesheets, html: brotli.body.length, br: brotli.wire.length, gzip: gzip.wire.length });
      }
      const stylesheetHref = pages[0]?.stylesheets[0] ?? '';
      const css = { br: await getRaw(running.baseUrl, stylesheetHref, 'br'), gzip: await getRaw(running.baseUrl, stylesheetHref, 'gzip') };
      const heaviest = pages.reduce((a, b) => (b.html > a.html ? b : a));
      return { pages, stylesheetHref, css, heaviest };
    }

    for (const edition of editions) {
      it(`${edition}: no render-blocking script, one immutable content-hashed stylesheet, under 15 KB compressed`, async () => {
        const { pages, stylesheetHref, css } = await measure(edition);
        for (const page of pages) {
          expect(renderBlockingScripts(page.head), page.path).toEqual([]);
          expect(page.stylesheets, page.path).toEqual([stylesheetHref]);
        }
        expect(css.br.status).toBe(200);
        expect(css.br.headers['content-encoding']).toBe('br');
        expect(css.gzip.headers['content-encoding']).toBe('gzip');
        expect(css.br.headers['cache-control']).toMatch(/\bimmutable\b/);
        expect(css.br.headers['cache-control']).toMatch(/\bmax-age=31536000\b/);
        const hash = /^\/assets\/site\.([0-9a-f]{12})\.css$/.exec(stylesheetHref)?.[1];
        expect(hash, stylesheetHref).toBe(createHash('sha256').update(css.br.body).digest('hex').slice(0, 12));
        expect(Math.max(...pages.map((p) => p.br)) + css.br.wire.length, 'brotli HTML + CSS').toBeLessThan(COMPRESSED_BUDGET);
        expect(Math.max(...pages.map((p) => p.gzip)) + css.gzip.wire.length, 'gzip HTML + CSS').toBeLessThan(COMPRESSED_BUDGET);
      });

      // Known gap (docs/BENCHMARKS.md): Arabic article URLs are percent-encoded, six bytes per letter, in every
      // link to another article, so an Arabic article page is 36–42 KB of HTML against 26–32 KB in en and de.
      // Until links carry the slugs unencoded (or the stylesheet shrinks), ar is held to what it weighs now,
      // so it cannot grow unnoticed; put it back under UNCOMPRESSED_BUDGET when that is done.
      const budget = edition === 'ar' ? ARABIC_UNCOMPRESSED_CEILING : UNCOMPRESSED_BUDGET;
      it(`${edition}: every article page is under ${budget / 1024} KB of HTML + CSS uncompressed`, async () => {
        const { heaviest, css } = await measure(edition);
        const uncompressed = heaviest.html + css.br.body.length;
        expect(uncompressed, `${heaviest.path}: ${heaviest.html} B HTML + ${css.br.body.length} B CSS`).toBeLessThan(budget);
      });
    }
  });
}
