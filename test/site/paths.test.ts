/** Links in pages are IRIs, and what leaves in headers and XML is a URI: the two conversions of src/site/paths.ts. */
import { describe, expect, it } from 'vitest';
import { articlePath, linkHref, topicPagePath, uriOf } from '../../src/site/paths.js';
import { cacheKey } from '../../src/site/public-site.js';

const slug = 'النهائي-القاري';

describe('linkHref', () => {
  it('gives an Arabic slug as its letters, under half the bytes of the percent-encoded path', () => {
    const uri = articlePath({ editionCode: 'ar', slug, id: 631 });
    expect(uri).toBe(`/ar/${encodeURIComponent(slug)}/a-631`);
    expect(linkHref(uri)).toBe(`/ar/${slug}/a-631`);
    expect(Buffer.byteLength(linkHref(uri))).toBeLessThan(uri.length / 2);
  });

  it('leaves ASCII escapes, punctuation, spaces and invisible characters encoded', () => {
    const encoded = encodeURIComponent('نسور الساحل «x» a/b?c#d%e');
    expect(linkHref(encoded)).toBe('نسور%20الساحل%20%C2%ABx%C2%BB%20a%2Fb%3Fc%23d%25e');
    // A right-to-left mark is a format character, not a letter: it stays visible as an escape.
    expect(linkHref('%E2%80%8F%D8%A7')).toBe('%E2%80%8Fا');
    // Not UTF-8 (an overlong slash, a lone surrogate): left exactly as it came.
    expect(linkHref('%C0%AF%ED%A0%80')).toBe('%C0%AF%ED%A0%80');
    // In one run with letters: the letters decoded, the rest as it came, asked once or again.
    for (let i = 0; i < 2; i++) expect(linkHref('%D8%A7%C0%AF%D8%A8%E2%80%8F')).toBe('ا%C0%AFب%E2%80%8F');
  });

  it('keeps Latin, accented and other-script letters and digits readable, and plain paths as they are', () => {
    expect(linkHref(encodeURIComponent('Müller-٣-𝒜'))).toBe('Müller-٣-𝒜');
    expect(linkHref('/en/world/a-2')).toBe('/en/world/a-2');
    expect(linkHref(topicPagePath('ar', 'مناخ'))).toBe('/ar/topic/مناخ/');
  });
});

describe('uriOf', () => {
  it('turns a link back into the URI it was made from', () => {
    for (const uri of [articlePath({ editionCode: 'ar', slug, id: 1 }), encodeURIComponent('نسور الساحل «x» a/b?c#d%e'), '/en/world/'])
      expect(uriOf(linkHref(uri))).toBe(uri);
  });
});

describe('one page cache entry for every spelling of an Arabic URL', () => {
  it('keys the IRI, the upper- and the lower-case encoded path alike', () => {
    const uri = `/ar/${encodeURIComponent(slug)}/a-631`;
    expect(cacheKey(`/ar/${slug}/a-631`)).toBe(uri);
    expect(cacheKey(uri.toLowerCase())).toBe(uri);
    expect(cacheKey(`${uri}?utm_source=x`)).toBe(uri);
  });
});
