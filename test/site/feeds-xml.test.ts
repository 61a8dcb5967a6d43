/** The XML writer and the feed and sitemap documents stay well-formed for any text, however hostile. */
import { extractFromXml } from '@extractus/feed-extractor';
import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../../src/site/feeds/feed-items.js';
import { renderRssDocument } from '../../src/site/feeds/rss-document.js';
import { renderArticleSitemap, renderNewsSitemap, renderSitemapIndex } from '../../src/site/sitemaps/sitemap-documents.js';
import { xmlText } from '../../src/site/xml/xml-writer.js';
import { parseWellFormed, textOf } from '../http/feeds-parsing.js';

const HOSTILE = `A & B </script><script>alert('x')</script> ]]> <![CDATA[ "q" \u200Fمرحبا\u200E \u0000\u0007\u001b\u007f\u0085 \ud800 lone \udfff 😀 \ufffe\uffff\ttab\nline`;
const CLEANED = `A & B </script><script>alert('x')</script> ]]> <![CDATA[ "q" \u200Fمرحبا\u200E   lone  😀 \ttab\nline`;

describe('xmlText', () => {
  it('escapes the five markup characters', () => {
    expect(xmlText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('drops what XML 1.0 forbids (controls, lone surrogates, U+FFFE/FFFF) and keeps RTL marks, emoji, tabs and newlines', () => {
    const text = xmlText(HOSTILE);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(text).toContain('\u200Fمرحبا\u200E');
    expect(text).toContain('😀');
    expect(text).toContain('\ttab\nline');
  });
});

describe('feed and sitemap documents with hostile text', () => {
  const item: FeedItem = {
    id: 7,
    title: HOSTILE,
    link: 'https://news.example/en/a-b/a-7?x=1&y=2',
    firstPublishedAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T11:00:00.000Z',
    description: HOSTILE,
    creator: 'ab/cd (AFP & dpa)',
    categories: [HOSTILE, 'World'],
    image: { url: 'https://news.example/media/x-960.jpg?a=1&b=2', width: 960, height: 540, type: 'image/jpeg', credit: HOSTILE, caption: HOSTILE },
  };

  it('renders RSS that a strict validator and a feed reader both read, with the text intact', () => {
    const xml = renderRssDocument({
      title: HOSTILE, link: 'https://news.example/en/', selfUrl: 'https://news.example/en/rss.xml', description: HOSTILE, language: 'ar',
      lastBuildDate: new Date('2026-12-01T11:00:00Z'), items: [item],
    });
    const tree = parseWellFormed(xml);
    const parsed = tree.rss.channel.item[0];
    expect(textOf(parsed.title)).toBe(CLEANED);
    expect(textOf(parsed.description)).toBe(CLEANED);
    expect(textOf(parsed['dc:creator'])).toBe('ab/cd (AFP & dpa)');
    expect(parsed['media:content']['@_url']).toBe('https://news.example/media/x-960.jpg?a=1&b=2');
    expect(textOf(parsed['media:content']['media:credit'])).toBe(CLEANED);
    expect(textOf(parsed.pubDate)).toBe('Tue, 01 Dec 2026 10:00:00 GMT');
    const feed = extractFromXml(xml, { descriptionMaxLen: 0 });
    expect(feed.entries?.[0]?.link).toBe(item.link);
  });

  it('renders the news sitemap, article sitemaps and the index well-formed', () => {
    const news = parseWellFormed(renderNewsSitemap([
      { loc: item.link, publicationName: HOSTILE, language: 'ar', publishedAt: item.firstPublishedAt, title: HOSTILE },
    ]));
    expect(textOf(news.urlset.url[0]['news:news']['news:title'])).toBe(CLEANED);
    expect(textOf(news.urlset.url[0].loc)).toBe(item.link);
    const articles = parseWellFormed(renderArticleSitemap([{ loc: item.link, lastmod: item.updatedAt, imageLoc: item.image!.url }]));
    expect(textOf(articles.urlset.url[0].lastmod)).toBe('2026-12-01T11:00:00Z');
    expect(textOf(articles.urlset.url[0]['image:image']['image:loc'])).toBe(item.image!.url);
    const index = parseWellFormed(renderSitemapIndex([{ loc: `${item.link}&z`, lastmod: null }]));
    expect(index.sitemapindex.sitemap[0].lastmod).toBeUndefined();
    // An edition with nothing new still gets a well-formed (empty) news sitemap.
    expect(parseWellFormed(renderNewsSitemap([])).urlset.url).toBeUndefined();
  });
});
