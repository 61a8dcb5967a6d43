/**
 * A deterministic synthetic wire corpus for ingest benchmarks and tests:
 * NewsML-G2 newsItems and ninjs 2.x items with original, generated text.
 * About 10% of items are updates (a higher version of an earlier guid) and
 * about 2% are kills (`canceled`). Some bodies carry markup the sanitiser must
 * remove, so benchmarks include its cost.
 */
import { seededRandom } from '../domain/seeded-random.js';

export interface WireCorpusOptions {
  newsmlG2: number;
  ninjs: number;
  /** Same seed, same corpus. Default 1. */
  seed?: number;
}

export interface WireCorpusFile {
  fileName: string;
  bytes: Uint8Array;
}

interface Story {
  guid: string;
  version: number;
  headline: string;
  slugline: string;
  paragraphs: string[];
  subheading?: string;
  subjects: { code: string; name: string }[];
  pubStatus: 'usable' | 'canceled';
  urgency: number;
  created: string;
  versionCreated: string;
  picture?: { href: string; caption: string; credit: string };
  hostile: boolean;
}

const WORDS = (
  'council harbour ferry budget minister river festival station library bridge election school market ' +
  'weather storm rail museum court hospital village coast energy water farmers union players season ' +
  'mayor citizens report plan vote new old early late north south east west record funding strike ' +
  'talks agreement project survey warning repairs opening closure delay route tickets prices wages'
).split(' ');
const VERBS = 'said announced confirmed approved rejected opened delayed expanded reviewed planned'.split(' ');
const PLACES = ['Port Ellen', 'Northby', 'Kelmarsh', 'Ashford Vale', 'Lindqvist', 'Marrow Bay'];
const SUBJECTS = [
  { code: 'medtop:11000000', name: 'politics' },
  { code: 'medtop:04000000', name: 'economy, business and finance' },
  { code: 'medtop:15000000', name: 'sport' },
  { code: 'medtop:06000000', name: 'environment' },
  { code: 'medtop:01000000', name: 'arts, culture and entertainment' },
];

export function* generateWireCorpus(options: WireCorpusOptions): Generator<WireCorpusFile> {
  const random = mulberry32(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const published: Story[] = [];
  const total = options.newsmlG2 + options.ninjs;
  let g2Left = options.newsmlG2;
  let ninjsLeft = options.ninjs;
  const encoder = new TextEncoder();

  for (let n = 0; n < total; n++) {
    const roll = random();
    let story: Story;
    const earlier = published.length > 0 ? pick(published) : undefined;
    if (earlier && earlier.pubStatus === 'usable' && roll < 0.02) {
      story = { ...earlier, version: earlier.version + 1, pubStatus: 'canceled', versionCreated: timestamp(n), paragraphs: ['This story has been withdrawn.'] };
    } else if (earlier && earlier.pubStatus === 'usable' && roll < 0.12) {
      story = { ...earlier, version: earlier.version + 1, versionCreated: timestamp(n), paragraphs: [...earlier.paragraphs, sentence(random, pick)] };
    } else {
      story = newStory(n, random, pick);
    }
    const index = published.findIndex((s) => s.guid === story.guid);
    if (index === -1) published.push(story);
    else published[index] = story;

    const asG2 = ninjsLeft === 0 || (g2Left > 0 && random() * (g2Left + ninjsLeft) < g2Left);
    if (asG2) g2Left--;
    else ninjsLeft--;
    const number = String(n + 1).padStart(6, '0');
    yield asG2
      ? { fileName: `g2-${number}.xml`, bytes: encoder.encode(toNewsMlG2(story)) }
      : { fileName: `ninjs-${number}.json`, bytes: encoder.encode(toNinjs(story)) };
  }
}

function newStory(n: number, random: () => number, pick: <T>(list: readonly T[]) => T): Story {
  const place = pick(PLACES);
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 8) }, () => sentence(random, pick, 2 + Math.floor(random() * 3)));
  const story: Story = {
    guid: `urn:newsml:corpus.herald.example:2025:${n.toString(36)}-${Math.floor(random() * 1e9).toString(36)}`,
    version: 1,
    headline: capitalise(`${place} ${pick(WORDS)} ${pick(VERBS)} after ${pick(WORDS)} ${pick(WORDS)}`),
    slugline: `${place.toLowerCase().replace(/\s+/g, '-')}-${pick(WORDS)}`,
    paragraphs,
    subjects: [pick(SUBJECTS), pick(SUBJECTS)],
    pubStatus: 'usable',
    urgency: 1 + Math.floor(random() * 8),
    created: timestamp(n),
    versionCreated: timestamp(n),
    hostile: random() < 0.05,
  };
  if (random() < 0.4) story.subheading = capitalise(`${pick(WORDS)} and ${pick(WORDS)}`);
  if (random() < 0.3) {
    story.picture = {
      href: `https://media.corpus.herald.example/${n}.jpg`,
      caption: capitalise(`${sentence(random, pick)}`),
      credit: `${capitalise(pick(WORDS))} ${capitalise(pick(WORDS))}/Herald Corpus`,
    };
  }
  return story;
}

function sentence(random: () => number, pick: <T>(list: readonly T[]) => T, count = 1): string {
  const sentences: string[] = [];
  for (let s = 0; s < count; s++) {
    const words = Array.from({ length: 8 + Math.floor(random() * 14) }, () => pick(WORDS));
    words.splice(3, 0, pick(VERBS));
    sentences.push(`${capitalise(words.join(' '))}.`);
  }
  return sentences.join(' ');
}

function toNewsMlG2(story: Story): string {
  const paragraphs = bodyHtml(story, xmlEscape);
  const picture = story.picture
    ? `<link rel="irel:seeAlso" href="${story.picture.href}" contenttype="image/jpeg"><title>${xmlEscape(story.picture.caption)}</title></link>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${story.guid}" version="${story.version}" standard="NewsML-G2" standardversion="2.33" xml:lang="en">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:HERALDCORPUS"/>
    <versionCreated>${story.versionCreated}</versionCreated>
    <firstCreated>${story.created}</firstCreated>
    <pubStatus qcode="stat:${story.pubStatus}"/>
    ${story.version > 1 ? '<signal qcode="sig:update"/>' : ''}
    ${picture}
  </itemMeta>
  <contentMeta>
    <urgency>${story.urgency}</urgency>
    <located><name>${xmlEscape(story.headline.split(' ')[0] ?? '')}</name></located>
    <language tag="en"/>
    ${story.subjects.map((s) => `<subject qcode="${s.code}"><name>${xmlEscape(s.name)}</name></subject>`).join('\n    ')}
    <slugline>${xmlEscape(story.slugline)}</slugline>
    <headline>${xmlEscape(story.headline)}</headline>
    <by>Herald Corpus Desk</by>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${paragraphs}</body></html></inlineXML>
  </contentSet>
</newsItem>
`;
}

function toNinjs(story: Story): string {
  const item: Record<string, unknown> = {
    uri: story.guid,
    type: 'text',
    version: String(story.version),
    firstcreated: story.created,
    versioncreated: story.versionCreated,
    pubstatus: story.pubStatus,
    urgency: story.urgency,
    language: 'en',
    headlines: [{ role: 'main', value: story.headline }],
    slugline: story.slugline,
    by: 'Herald Corpus Desk',
    subjects: story.subjects.map((s) => ({ name: s.name, uri: s.code })),
    bodies: [{ role: 'main', contenttype: 'text/html', value: bodyHtml(story, htmlEscape) }],
  };
  if (story.picture) {
    item.associations = [
      {
        name: 'featureimage',
        type: 'picture',
        uri: story.picture.href,
        by: story.picture.credit,
        descriptions: [{ role: 'caption', value: story.picture.caption }],
        renditions: [{ name: 'original', href: story.picture.href, contenttype: 'image/jpeg', width: 2048, height: 1365 }],
      },
    ];
  }
  return JSON.stringify(item);
}

function bodyHtml(story: Story, escape: (s: string) => string): string {
  const parts = story.paragraphs.map((p, i) => {
    if (i === 1 && story.hostile) return `<p onclick="steal()">${escape(p)}<script>steal()</script> <a href="javascript:steal()">more</a></p>`;
    if (i === 2) return `<p>${escape(p)} <a href="https://corpus.herald.example/more">Read more</a> <b>Update</b></p>`;
    return `<p>${escape(p)}</p>`;
  });
  if (story.subheading) parts.splice(Math.min(2, parts.length), 0, `<h2>${escape(story.subheading)}</h2>`);
  return parts.join('');
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const htmlEscape = xmlEscape;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function timestamp(n: number): string {
  return new Date(Date.UTC(2025, 0, 1) + n * 37_000).toISOString();
}

const mulberry32 = seededRandom;
