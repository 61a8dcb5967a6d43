/**
 * A show's podcast feed: RSS 2.0 with the iTunes namespace (what Apple
 * Podcasts, Spotify and most directories read) and the Podcasting 2.0
 * namespace (`podcast:transcript`). Modelled on a hosted feed
 * (/work/shared/fixtures/third-party/podcast-rss/): `itunes:explicit` as
 * true/false, the owner nested, the category with its subcategory nested,
 * `guid` not a permalink (it is the episode's fixed id), `enclosure` with the
 * byte length and type, `itunes:duration` as hh:mm:ss.
 */
import { formatDuration, splitCategory, type PodcastEpisode, type PodcastShow } from '../../domain/podcast.js';
import { el, renderXmlDocument, type XmlElement } from '../xml/xml-writer.js';
import { httpDate } from './xml-response.js';

export interface PodcastFeedEpisode {
  episode: PodcastEpisode;
  /** Absolute URLs. */
  pageUrl: string;
  audioUrl: string;
  transcriptUrl: string | null;
  artworkUrl: string | null;
}

export interface PodcastFeedInput {
  show: PodcastShow;
  showUrl: string;
  selfUrl: string;
  artworkUrl: string | null;
  /** Shown in `copyright`. */
  siteTitle: string;
  lastBuildDate: Date;
  episodes: PodcastFeedEpisode[];
}

const NAMESPACES = {
  version: '2.0',
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:itunes': 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  'xmlns:podcast': 'https://podcastindex.org/namespace/1.0',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
};

const yesNo = (value: boolean) => (value ? 'true' : 'false');

function categoryElement(category: string): XmlElement {
  const { name, sub } = splitCategory(category);
  return el('itunes:category', { text: name }, sub && el('itunes:category', { text: sub }));
}

function item(entry: PodcastFeedEpisode, show: PodcastShow): XmlElement | null {
  const { episode } = entry;
  const audio = episode.audio;
  if (!audio || episode.publishedAt === null) return null;
  return el(
    'item',
    {},
    el('title', {}, episode.title),
    el('itunes:title', {}, episode.title),
    el('link', {}, entry.pageUrl),
    el('guid', { isPermaLink: 'false' }, episode.guid),
    el('pubDate', {}, httpDate(episode.publishedAt)),
    el('description', {}, episode.description || episode.title),
    el('itunes:summary', {}, episode.description || episode.title),
    el('enclosure', { url: entry.audioUrl, length: audio.bytes, type: audio.mime }),
    episode.durationSeconds !== null && el('itunes:duration', {}, formatDuration(episode.durationSeconds)),
    el('itunes:explicit', {}, yesNo(show.explicit)),
    el('itunes:episodeType', {}, 'full'),
    entry.artworkUrl && el('itunes:image', { href: entry.artworkUrl }),
    entry.transcriptUrl && el('podcast:transcript', { url: entry.transcriptUrl, type: 'text/plain', language: show.language }),
  );
}

export function renderPodcastFeed(input: PodcastFeedInput): string {
  const { show } = input;
  return renderXmlDocument(
    el(
      'rss',
      NAMESPACES,
      el(
        'channel',
        {},
        el('atom:link', { href: input.selfUrl, rel: 'self', type: 'application/rss+xml' }),
        el('title', {}, show.title),
        el('link', {}, input.showUrl),
        el('language', {}, show.language),
        el('copyright', {}, input.siteTitle),
        el('description', {}, show.description || show.title),
        el('lastBuildDate', {}, httpDate(input.lastBuildDate)),
        input.artworkUrl && el('image', {}, el('url', {}, input.artworkUrl), el('title', {}, show.title), el('link', {}, input.showUrl)),
        el('itunes:author', {}, show.author),
        el('itunes:summary', {}, show.description || show.title),
        el('itunes:owner', {}, el('itunes:name', {}, show.ownerName), show.ownerEmail && el('itunes:email', {}, show.ownerEmail)),
        input.artworkUrl && el('itunes:image', { href: input.artworkUrl }),
        categoryElement(show.category),
        el('itunes:explicit', {}, yesNo(show.explicit)),
        el('itunes:type', {}, 'episodic'),
        el('podcast:locked', {}, 'no'),
        ...input.episodes.map((entry) => item(entry, show)),
      ),
    ),
  );
}
