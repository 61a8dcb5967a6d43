/**
 * RSS 2.0 and Atom: every item/entry becomes one WireItem, version 1 (feeds
 * carry no versions). guid: RSS `guid`, else `link`; Atom `id`, else the
 * alternate link. Bodies come from `content:encoded`/Atom `content`, else the
 * description/summary (escaped HTML, CDATA or plain text). WordPress exports
 * (WXR) look like RSS but are site migrations, not wire copy: refused.
 */
import type { BodyBlock } from '../../domain/blocks.js';
import type { WireItem, WireSubject } from '../../domain/wire-item.js';
import { markupToBlocks, plainTextToBlocks } from '../body-to-blocks.js';
import { parseEnvelope } from '../envelope.js';
import { NoteCounter } from '../note-counter.js';
import { markupToPlainText } from '../sanitize-body.js';
import { cleanText, hostOf, looksLikeMarkup, rawXmlToHtml, rawXmlToText } from '../text-utils.js';
import { buildWireItem } from '../wire-item-builder.js';
import { WireRejection } from '../wire-rejection.js';
import { attr, child, children, childText, deepText, type XmlElement } from '../xml.js';
import { feedMedia } from './feed-media.js';

export const FEED_STOP_NODES = [
  'rss.channel.item.description', 'rss.channel.item.encoded', 'feed.entry.content', 'feed.entry.summary',
];

export function rejectIfWordpressExport(text: string): void {
  if (/xmlns:wp="https?:\/\/wordpress\.org\/export\//.test(text.slice(0, 8192)) || text.includes('<wp:wxr_version>')) {
    throw new WireRejection('unsupported', 'A WordPress export (WXR), not a wire feed; use the site import for migrations.');
  }
}

export function parseRss(root: XmlElement, text: string, decodeNotes: readonly string[]): WireItem[] {
  const channel = child(root, 'channel');
  if (!channel) throw new WireRejection('malformed', 'An RSS document without a <channel>.');
  const provider = childText(channel, 'title') ?? hostOf(childText(channel, 'link'));
  const language = childText(channel, 'language');
  const items = children(channel, 'item');
  return parseEnvelope(
    items,
    (item) => {
      const notes = new NoteCounter();
      notes.addAll(decodeNotes);
      const headline = plainTitle(childText(item, 'title'));
      const media = feedMedia(item, headline ?? 'media');
      const bodySource = child(item, 'encoded') ?? child(item, 'description');
      const body = bodySource ? markupToBlocks(rawXmlToHtml(bodySource.text), notes) : { blocks: [], pictures: [] };
      const date = childText(item, 'pubDate') ?? childText(item, 'date');
      return buildWireItem({
        format: 'rss',
        guid: childText(item, 'guid') ?? childText(item, 'link'),
        version: 1,
        provider,
        firstCreated: date,
        versionCreated: date,
        language,
        headline,
        byline: childText(item, 'creator') ?? childText(item, 'author'),
        itemClass: media.embed?.kind ?? 'text',
        body: withEmbed(body.blocks, media.embed),
        subjects: children(item, 'category').flatMap(category),
        pictures: [...media.pictures, ...body.pictures],
        notes,
        raw: items.length === 1 ? text : text.slice(item.start, item.end),
      });
    },
    (item) => `RSS item "${(childText(item, 'title') ?? childText(item, 'guid') ?? '').slice(0, 60)}"`,
  );
}

export function parseAtom(root: XmlElement, text: string, decodeNotes: readonly string[]): WireItem[] {
  const provider = childText(child(root, 'author'), 'name') ?? childText(root, 'title') ?? hostOf(alternateLink(root));
  const entries = children(root, 'entry');
  return parseEnvelope(
    entries,
    (entry) => {
      const notes = new NoteCounter();
      notes.addAll(decodeNotes);
      const headline = plainTitle(childText(entry, 'title'));
      const media = feedMedia(entry, headline ?? 'media');
      const content = child(entry, 'content');
      const bodySource = content && !attr(content, 'src') && content.text.trim() !== '' ? content : child(entry, 'summary');
      const body = bodySource ? atomBody(bodySource, notes) : { blocks: [], pictures: [] };
      const authors = children(entry, 'author').map((a) => childText(a, 'name')).filter((n): n is string => n !== undefined);
      return buildWireItem({
        format: 'atom',
        guid: childText(entry, 'id') ?? alternateLink(entry),
        version: 1,
        provider,
        firstCreated: childText(entry, 'published') ?? childText(entry, 'updated'),
        versionCreated: childText(entry, 'updated') ?? childText(entry, 'published'),
        language: attr(entry, 'lang') ?? attr(root, 'lang'),
        headline,
        byline: authors.length > 0 ? authors.join(', ') : null,
        itemClass: media.embed?.kind ?? 'text',
        body: withEmbed(body.blocks, media.embed),
        subjects: children(entry, 'category').flatMap((c) => {
          const code = attr(c, 'term');
          const name = attr(c, 'label');
          return code ? [name ? { code, name } : { code }] : [];
        }),
        pictures: [...media.pictures, ...body.pictures],
        notes,
        raw: entries.length === 1 ? text : text.slice(entry.start, entry.end),
      });
    },
    (entry) => `Atom entry ${childText(entry, 'id') ?? 'without id'}`,
  );
}

function atomBody(element: XmlElement, notes: NoteCounter) {
  const type = attr(element, 'type') ?? 'text';
  if (type === 'text') return { blocks: plainTextToBlocks(rawXmlToText(element.text), notes), pictures: [] };
  return markupToBlocks(rawXmlToHtml(element.text), notes);
}

function alternateLink(element: XmlElement): string | undefined {
  const links = children(element, 'link');
  const link = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return attr(link, 'href') ?? (link ? deepText(link) || undefined : undefined);
}

/** Titles sometimes carry escaped HTML (`&lt;b&gt;`): reduce them to text. */
function plainTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  return cleanText(looksLikeMarkup(title) ? markupToPlainText(title) : title) ?? undefined;
}

function category(element: XmlElement): WireSubject[] {
  const name = deepText(element);
  if (!name) return [];
  const domain = attr(element, 'domain');
  return [{ code: domain && !/^https?:/.test(domain) ? `${domain}:${name}` : name, name }];
}

function withEmbed(blocks: BodyBlock[], embed: BodyBlock | undefined): BodyBlock[] {
  return embed ? [embed, ...blocks] : blocks;
}
