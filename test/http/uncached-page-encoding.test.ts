/**
 * A page that will not be stored (page cache off, or a purge overtook its
 * render) is compressed only in the coding its reader takes, or not at all;
 * a page that is stored keeps both encodings made once. Either way the reader
 * gets the same bytes, ETag and `Vary` as from a stored page.
 */
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createPageCache } from '../../src/cache/page-cache.js';
import { createRenderCoalescer } from '../../src/cache/render-coalescer.js';
import { DEFAULT_CACHE_CONTROL } from '../../src/config/http-cache-config.js';
import { chooseCoding, etagFor } from '../../src/http/encoded-page.js';
import { renderPage, type PageDelivery } from '../../src/http/page-delivery.js';
import type { SiteResponse } from '../../src/site/public-site.js';

const BODY = `<!doctype html><title>Council vote</title>${'<p>The council met on Tuesday evening.</p>'.repeat(100)}`;
const page = (body = BODY): SiteResponse => ({ status: 200, body, keys: ['article:7', 'edition:en'] });
const delivery = (): PageDelivery => ({ cacheControl: DEFAULT_CACHE_CONTROL, renders: createRenderCoalescer() });
const newCache = () => createPageCache({ maxEntries: 10, maxBytes: 1 << 20, maxAgeMs: 60_000 });

describe('encoding a page that is not stored', () => {
  it('makes only the coding the reader takes, and none for a reader that takes none', async () => {
    const respond = async () => page();
    const br = (await renderPage('/en/x/a-7', respond, null, delivery(), 'gzip, deflate, br')).page;
    expect(br?.encodings?.gzip).toBeUndefined();
    expect(zlib.brotliDecompressSync(br!.encodings!.br!).toString()).toBe(BODY);

    const gzip = (await renderPage('/en/x/a-7', respond, null, delivery(), 'gzip, br;q=0')).page;
    expect(gzip?.encodings?.br).toBeUndefined();
    expect(zlib.gunzipSync(gzip!.encodings!.gzip!).toString()).toBe(BODY);

    const plain = (await renderPage('/en/x/a-7', respond, null, delivery())).page;
    // No compression, but still marked compressible, so the response says `Vary: Accept-Encoding`.
    expect(plain?.encodings).toEqual({});
    expect(chooseCoding(undefined, plain?.encodings)).toBe('identity');
    expect(plain?.body.toString()).toBe(BODY);
  });

  it('sends the same ETag and coding as a stored page would', async () => {
    const respond = async () => page();
    const stored = (await renderPage('/en/x/a-7', respond, newCache(), delivery())).page!;
    expect(Object.keys(stored.encodings ?? {}).sort()).toEqual(['br', 'gzip']);
    for (const accept of ['br', 'gzip', 'identity', '*', 'gzip;q=0, br;q=0']) {
      const single = (await renderPage('/en/x/a-7', respond, null, delivery(), accept)).page!;
      const coding = chooseCoding(accept, single.encodings);
      expect(coding).toBe(chooseCoding(accept, stored.encodings));
      expect(etagFor(single.headers.etag as string, coding)).toBe(etagFor(stored.headers.etag as string, coding));
      if (coding !== 'identity') expect(single.encodings?.[coding]?.equals(stored.encodings![coding]!)).toBe(true);
    }
  });

  it('gives each waiter on one render its own coding, compressing each coding once', async () => {
    const renders = delivery();
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const respond = async () => {
      calls++;
      await gate;
      return page();
    };
    const wantsBr = renderPage('/en/', respond, null, renders, 'br');
    const wantsGzip = renderPage('/en/', respond, null, renders, 'gzip');
    const alsoBr = renderPage('/en/', respond, null, renders, 'gzip;q=0.5, br');
    const plain = renderPage('/en/', respond, null, renders);
    release();
    const [br, gzip, br2, identity] = await Promise.all([wantsBr, wantsGzip, alsoBr, plain]);
    expect(calls).toBe(1);
    expect(br2.page).toBe(br.page);
    expect(identity.page?.encodings).toEqual({});
    expect(Object.keys(br.page?.encodings ?? {})).toEqual(['br']);
    expect(Object.keys(gzip.page?.encodings ?? {})).toEqual(['gzip']);
  });

  it('leaves a small or binary page unencoded and without Vary, as before', async () => {
    const small = (await renderPage('/en/', async () => page('<p>short</p>'), null, delivery(), 'br')).page;
    expect(small?.encodings).toBeUndefined();
  });
});
