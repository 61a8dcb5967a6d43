/**
 * RSS 2.0 with the Atom (self link), Dublin Core (creator) and Media RSS
 * (lead image) namespaces: the extensions feed readers and aggregators
 * actually read. Dates are RFC 822, as RSS 2.0 requires.
 */
import { el, renderXmlDocument, type XmlElement } from '../xml/xml-writer.js';
import type { FeedItem } from './feed-items.js';
import { httpDate } from './xml-response.js';

export interface RssChannel {
  title: string;
  /** Absolute URL of the page the feed mirrors. */
  link: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  selfUrl: string;
  description: string;
  /** The edition's language code, e.g. `ar`. */
  language: string;
  lastBuildDate: Date;
  items: FeedItem[];
}

const NAMESPACES = {
  version: '2.0',
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
};

function rssItem(item: FeedItem): XmlElement {
  return el(
    'item',
    {},
    el('title', {}, item.title),
    el('link', {}, item.link),
    el('guid', { isPermaLink: 'true' }, item.link),
    el('pubDate', {}, httpDate(item.firstPublishedAt)),
    item.description && el('description', {}, item.description),
    item.creator && el('dc:creator', {}, item.creator),
    ...item.categories.map((name) => el('category', {}, name)),
    item.image &&
      el(
        'media:content',
        { url: item.image.url, type: item.image.type, medium: 'image', width: item.image.width, height: item.image.height },
        item.image.caption && el('media:description', { type: 'plain' }, item.image.caption),
        item.image.credit && el('media:credit', {}, item.image.credit),
      ),
  );
}

export function renderRssDocument(channel: RssChannel): string {
  return renderXmlDocument(
    el(
      'rss',
      NAMESPACES,
      el(
        'channel',
        {},
        el('title', {}, channel.title),
        el('link', {}, channel.link),
        el('description', {}, channel.description || channel.title),
        el('language', {}, channel.language),
        el('lastBuildDate', {}, httpDate(channel.lastBuildDate)),
        el('atom:link', { href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' }),
        ...channel.items.map(rssItem),
      ),
    ),
  );
}
