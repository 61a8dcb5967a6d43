/** Field mapping per format, checked on real agency samples and on our own NewsML 1.2 fixture. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWireFile } from '../../src/ingest/parse-wire-file.js';
import { allText, bytes, onlyItem, OWN_FIXTURES_DIR, parseThirdParty, rejectionOf, thirdPartySamplesPresent } from './helpers.js';

const HAS_THIRD_PARTY = thirdPartySamplesPresent('format tests on real dpa, NewsML-G2, ninjs, AFP and RSS samples');

describe.skipIf(!HAS_THIRD_PARTY)('dpa digitalwires JSON', () => {
  it('maps the embargoed sample, including the embargo in UTC', () => {
    const { format, items } = parseThirdParty('dpa-digitalwires/digitalwires-json/embargoed.json');
    expect(format).toBe('dpa-digitalwires');
    const item = items[0];
    expect(item).toMatchObject({
      guid: 'urn:newsml:dpa.com:20090101:250123-930-353124',
      version: 1,
      provider: 'dpa',
      pubStatus: 'usable',
      language: 'de',
      urgency: 4,
      headline: 'Steinmeier: Russland zerstört kulturelles Erbe der Ukraine',
      dateline: 'Berlin (dpa)',
      embargoUntil: '2025-01-23T18:00:00.000Z',
      versionCreated: '2025-01-23T13:10:47.000Z',
      itemClass: 'text',
      isCorrection: false,
    });
    expect(item?.subjects).toContainEqual({ code: 'dpasubject:185', name: 'Ausstellungen' });
    expect(item?.subjects).toContainEqual({ code: 'dpacountry:181', name: 'Ukraine' });
    expect(item?.body[0]).toMatchObject({ type: 'paragraph' });
  });

  it('keeps the dateline of with_dateline and does not call an update a correction', () => {
    const item = onlyItem(parseThirdParty('dpa-digitalwires/digitalwires-json/with_dateline.json'));
    expect(item.dateline).toBe('New York (dpa)');
    expect(item.byline).toBe('Von Andrej Sokolow, dpa');
    expect(item.version).toBe(2);
    expect(item.isCorrection).toBe(false);
  });

  it('turns the image entry into a picture item with caption and credit, flagged as a correction', () => {
    const item = onlyItem(parseThirdParty('dpa-digitalwires/digitalwires-json/image.json'));
    expect(item.itemClass).toBe('picture');
    expect(item.isCorrection).toBe(true);
    expect(item.pictures).toHaveLength(1);
    expect(item.pictures[0]).toMatchObject({ credit: 'Steve Helber/AP/dpa', width: 2048, height: 1365, mimeType: 'image/jpeg' });
    expect(item.pictures[0]?.caption).toMatch(/^Caroline Kennedy, Tochter des ehemaligen US-Präsidenten/);
  });

  it('gives audio an embed block', () => {
    const item = onlyItem(parseThirdParty('dpa-digitalwires/digitalwires-json/audio.json'));
    expect(item.itemClass).toBe('audio');
    expect(item.body[0]).toMatchObject({ type: 'embed', kind: 'audio' });
  });

  it.each(['audio', 'dw-1', 'embargoed', 'image', 'with_dateline', 'with_infobox'])(
    'agrees with its NewsML-G2 twin on identity and status (%s)',
    (name) => {
      const json = onlyItem(parseThirdParty(`dpa-digitalwires/digitalwires-json/${name}.json`));
      const g2 = onlyItem(parseThirdParty(`dpa-digitalwires/newsml-g2/${name}.xml`));
      for (const field of ['guid', 'version', 'headline', 'pubStatus', 'language', 'embargoUntil', 'dateline', 'isCorrection', 'itemClass', 'versionCreated'] as const) {
        expect(g2[field], field).toEqual(json[field]);
      }
      expect(g2.pictures.map((p) => p.href)).toEqual(json.pictures.map((p) => p.href));
    },
  );
});

describe.skipIf(!HAS_THIRD_PARTY)('NewsML-G2', () => {
  it('maps the IPTC news item: version attribute, embargo, language, subjects, located', () => {
    const item = onlyItem(parseThirdParty('iptc-newsml-g2/LISTING_1_A_NewsML-G2_News_Item.xml'));
    expect(item).toMatchObject({
      format: 'newsml-g2',
      guid: 'urn:newsml:acmenews.com:20161018:US-FINANCE-FED',
      version: 11,
      provider: 'REUTERS',
      language: 'en-GB',
      headline: 'Fed to halt QE to avert "bubble"',
      slugline: 'US-Finance-Fed',
      located: 'Berlin, Germany',
      embargoUntil: '2018-10-23T12:00:00.000Z',
      firstCreated: '2016-10-18T18:12:21.000Z',
      versionCreated: '2018-10-21T21:25:32.000Z',
      isCorrection: false, // sig:update is an update, not a correction
    });
    expect(item.subjects).toEqual([
      { code: 'medtop:04000000', name: 'economy, business and finance' },
      { code: 'medtop:20000523', name: 'labour market' },
    ]);
  });

  it('reads a NITF body and takes the byline from body.head', () => {
    const item = onlyItem(parseThirdParty('iptc-newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml'));
    expect(item.body).toHaveLength(2);
    expect(item.body.every((b) => b.type === 'paragraph')).toBe(true);
    expect(item.byline).toBe('By Meredith Jameson, Staff Reporter');
    expect(item.located).toBe('New York, NY');
  });

  it('turns a picture item into one picture: the best rendition with caption and credit', () => {
    const item = onlyItem(parseThirdParty('iptc-newsml-g2/LISTING_3_Photo_in_NewsML-G2.xml'));
    expect(item.itemClass).toBe('picture');
    expect(item.pictures).toHaveLength(1);
    expect(item.pictures[0]).toMatchObject({ href: './GYI0062134533.jpg', width: 1500, height: 1001, credit: 'Getty Images', mimeType: 'image/jpeg' });
    expect(item.pictures[0]?.caption).toMatch(/^A general view of part of downtown/);
  });

  it('keeps a video item with an embed of its best rendition', () => {
    const item = onlyItem(parseThirdParty('iptc-newsml-g2/LISTING_4_Multiple_Renditions_of_a_Video_in_NewsML-G2.xml'));
    expect(item.itemClass).toBe('video');
    expect(item.body[0]).toMatchObject({ type: 'embed', kind: 'video', url: 'http://components.afp.com/3e353716caa.1920x1080.mp4' });
  });

  it('notes the references of a packageItem', () => {
    const item = onlyItem(parseThirdParty('iptc-newsml-g2/LISTING_6_Simple_NewsML-G2_Package.xml'));
    expect(item).toMatchObject({ itemClass: 'package', headline: 'UK', version: 11 });
    expect(item.body[0]).toMatchObject({ type: 'list', ordered: true });
    expect(item.body[0]?.type === 'list' && item.body[0].items).toHaveLength(2);
    expect(item.pictures).toEqual([expect.objectContaining({ href: 'urn:newsml:iptc.org:20081007:tutorial—item-B' })]);
  });

  it('splits a newsMessage into its items, each with its own raw XML', () => {
    const { items } = parseThirdParty('superdesk/newsml-g2/ap.xml');
    expect(items.map((i) => i.guid)).toEqual([
      'tag:ap.org,2011:5e565888b587889c5c8bd62b6164118c-text',
      'tag:ap.org,2011:b6d5d4eb781939b5fe8722f3fba28ee2-text',
      'tag:ap.org,2011:4db5f9c37aac8924db872ba5a7e287e6-text',
    ]);
    expect(items[0]?.raw).toMatch(/^<newsItem guid="tag:ap.org,2011:5e565888b587889c5c8bd62b6164118c-text"[\s\S]*<\/newsItem>$/);
    expect(items[0]?.dateline).toBe('FORT WASHINGTON, Pa.');
    const last = items[0]?.body.at(-1);
    expect(last?.type === 'paragraph' && last.spans.some((s) => s.href === 'https://www.zacks.com/ap/NTRI')).toBe(true);
  });

  it('maps the dpa XHTML item and drops the header that repeats the metadata', () => {
    const item = onlyItem(parseThirdParty('superdesk/newsml-g2/dpa.xml'));
    expect(item).toMatchObject({ language: 'de', urgency: 4, dateline: 'London (dpa)', located: 'London', provider: 'dpa' });
    expect(item.subjects).toContainEqual({ code: 'medtop:20001065', name: 'Fußball' });
    const first = item.body[0];
    expect(first?.type === 'paragraph' && first.spans[0]?.text).toMatch(/^London \(dpa\) - 2019 gab es bittere Tränen/);
    expect(item.body.some((b) => b.type === 'subheading' && b.text.startsWith('Eintracht in London'))).toBe(false);
  });

  it('recognises a kill and a correction of the same Reuters story', () => {
    const corrected = onlyItem(parseThirdParty('superdesk/newsml-g2/tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838.xml'));
    const killed = onlyItem(parseThirdParty('superdesk/newsml-g2/tag_reuters.com_2016_newsml_L1N14N0FF_version_1542761538.xml'));
    expect(killed.guid).toBe(corrected.guid);
    expect(killed.version).toBeGreaterThan(corrected.version);
    expect(corrected).toMatchObject({ pubStatus: 'usable', isCorrection: true });
    expect(killed.pubStatus).toBe('canceled');
  });

  it('reads inlineData that says text/plain but holds HTML, and keeps the picture of a text item', () => {
    const item = onlyItem(parseThirdParty('superdesk/newsml-g2/ansa-newsmlg2-text.xml'));
    expect(item.body).toHaveLength(1);
    expect(item.body[0]?.type === 'paragraph' && item.body[0].spans[0]?.text).toMatch(/^\(ANSA\) - Rome, October 11/);
    expect(item.pictures[0]?.href).toBe('tag:ansa.it,2017-10-11:200400bfd17a98e68ea9597546e5ec93.jpg');
  });

  it('separates caption and credit of a figure in a TT body', () => {
    const { items } = parseThirdParty('iptc-ninjs/newsml-samples/TT_newsmlg2_sample.xml');
    expect(items.map((i) => i.itemClass)).toEqual(['package', 'text', 'picture']);
    expect(items[1]?.pictures[0]).toMatchObject({
      credit: 'Naina Helén Jåma/TT',
      caption: 'Journalisten och författaren Jan Guillou jobbar på en ny bok om agenten Hamilton. Arkivbild.',
    });
    expect(items[1]?.body.filter((b) => b.type === 'quote')).toHaveLength(2);
  });
});

describe.skipIf(!HAS_THIRD_PARTY)('ninjs', () => {
  it('reads ninjs 3.x: headlines[], bodies[], by, associations array with captions', () => {
    const item = onlyItem(parseThirdParty('iptc-ninjs/examples-3.x/guide-3.1_007_multimedia.json'));
    expect(item).toMatchObject({
      format: 'ninjs',
      guid: 'http://ninjs.example.com/newsitems/20130709cplx456',
      headline: 'Captain of wrecked cruise ship on trial in Italy',
      byline: "Paulo Santalucia and Frances d'Emilio",
      located: 'Grossetto, Italy',
      language: 'en',
      versionCreated: '2013-07-09T10:39:00.000Z',
      itemClass: 'text',
    });
    expect(item.body).toHaveLength(4);
    expect(item.pictures).toEqual([
      expect.objectContaining({ href: 'http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg', width: 429, credit: 'Paulo Santalucia' }),
      expect.objectContaining({ caption: 'Francesco Schettino the captain of the Costa Concordia cruise ship at court in Grossetto, Italy, on 9 July 2013' }),
    ]);
    expect(item.pictures[0]?.caption).toMatch(/^The Costa Concordia cruise ship lies on its side/);
  });

  it('reads ninjs 1.x: headline, body_xhtml, associations map', () => {
    const item = onlyItem(parseThirdParty('iptc-ninjs/examples-1.x/ninjsExComplex1.json'));
    expect(item.body).toHaveLength(4);
    expect(item.pictures).toHaveLength(1);
    expect(item.pictures[0]).toMatchObject({ credit: 'Paulo Santalucia', height: 281 });
  });

  it('reads an AP picture (3.x): version 0, caption and creditline from descriptions', () => {
    const item = onlyItem(parseThirdParty('iptc-ninjs/examples-3.x/ap_image.json'));
    expect(item).toMatchObject({ itemClass: 'picture', version: 0, urgency: 5, headline: 'Turkey Islamic State' });
    expect(item.pictures[0]).toMatchObject({ credit: 'ASSOCIATED PRESS', width: 3000, height: 2208 });
    expect(item.pictures[0]?.caption).toMatch(/^FILE - In this Monday, Nov. 11, 2019 file photo/);
    expect(item.subjects).toContainEqual({ code: 'http://cv.ap.org/id/86aad5207dac100488ecba7fa5283c3e', name: 'Government and politics' });
  });

  it('reads the Superdesk flavour: guid, priority, embargo, source', () => {
    const item = onlyItem(parseThirdParty('superdesk/ninjs/ninjs_embargoed.json'));
    expect(item).toMatchObject({
      guid: 'fd8e441b-a698-4411-9246-7d5de21cced9',
      version: 11,
      provider: '360info',
      embargoUntil: '2022-06-29T02:30:00.000Z',
      slugline: 'Climate-smart food',
      firstCreated: '2022-06-20T23:20:35.000Z',
    });
    expect(item.subjects).toContainEqual({ code: '06011000', name: 'global warming' });
    expect(item.pictures[0]?.href).toMatch(/^https:\/\/superdesk-tga\.s3\.amazonaws\.com\/.*9eba8c38/);
  });

  it('reads a search-result envelope around ninjs items', () => {
    const item = onlyItem(parseThirdParty('superdesk/ninjs/bbc-ninjs-comp-test.json'));
    expect(item.guid).toBe('https://example.com/56789');
    expect(item.pictures[0]).toMatchObject({ href: 'https://www.superdesk.org/public/img/logo-footer.png', width: 172 });
  });

  it('refuses the ninjs JSON schemas with a reason', () => {
    const rejection = rejectionOf(() => parseThirdParty('iptc-ninjs/schema/ninjs-schema_3.1.json'));
    expect(rejection.code).toBe('unsupported');
    expect(rejection.reason).toMatch(/a JSON schema, not a news item/i);
  });
});

describe('NewsML 1.2', () => {
  it('maps our own fixture: guid without revision, RevisionId as version, correction advisory, best photo', () => {
    const result = parseWireFile(readFileSync(`${OWN_FIXTURES_DIR}newsml-1.2-harbour-ferry.xml`));
    expect(result.format).toBe('newsml-1.2');
    const item = onlyItem(result);
    expect(item).toMatchObject({
      guid: 'urn:newsml:northwind.example:20250314:NW-0314-FERRY',
      version: 2,
      provider: 'Northwind Wire',
      pubStatus: 'usable',
      urgency: 3,
      language: 'en',
      headline: 'Electric ferry enters service on the harbour crossing',
      slugline: 'harbour-ferry',
      dateline: 'PORT ELLEN, March 14 (Northwind)',
      located: 'Port Ellen',
      byline: 'By Mira Østergaard',
      firstCreated: '2025-03-14T07:10:00.000Z',
      versionCreated: '2025-03-14T07:12:00.000Z',
      isCorrection: true,
    });
    expect(item.subjects).toEqual([{ code: 'subj:04015000', name: 'transport' }, { code: 'subj:06006000' }]);
    expect(item.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'subheading', 'paragraph']);
    expect(item.pictures).toEqual([
      {
        href: 'https://media.northwind.example/ferry-high.jpg',
        caption: 'The electric ferry leaves the north berth on its first crossing.',
        credit: 'Northwind Wire',
        width: 3000,
        height: 2000,
        mimeType: 'image/jpeg',
      },
    ]);
  });

  it.skipIf(!HAS_THIRD_PARTY)('maps AFP NewsML 1.2', () => {
    const item = onlyItem(parseThirdParty('superdesk/newsml-1.2/afp.xml'));
    expect(item).toMatchObject({
      guid: 'urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86',
      version: 1,
      provider: 'AFP',
      headline: 'Sweden court accepts receivership for Saab carmaker',
      dateline: 'STOCKHOLM, Aug 29, 2014 (AFP)',
      located: 'Stockholm',
      urgency: 4,
    });
    expect(item.subjects).toContainEqual({ code: 'subj:04011002' });
    expect(item.body).toHaveLength(10);
  });

  it.skipIf(!HAS_THIRD_PARTY)('decodes an AFP file that declares ISO-8859-1 but is UTF-8, and says so', () => {
    const item = onlyItem(parseThirdParty('superdesk/newsml-1.2/afp20.xml'));
    expect(item.headline).toBe("Décès de Naomi Musenga: l'opératrice du Samu définitivement condamnée");
    expect(item.sanitizerNotes).toEqual(['declares iso-8859-1 but its bytes are UTF-8; decoded as UTF-8']);
  });
});

describe.skipIf(!HAS_THIRD_PARTY)('RSS', () => {
  it('turns each podcast episode into an audio item', () => {
    const { format, items } = parseThirdParty('podcast-rss/libsyn-feed.xml');
    expect(format).toBe('rss');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      guid: 'abcd1234-f43c-407f-b3d7-01245e0e890f',
      version: 1,
      headline: 'Lorem Ipsum',
      provider: 'Example Show',
      itemClass: 'audio',
      versionCreated: '2020-08-10T07:00:00.000Z',
    });
    expect(items[0]?.body[0]).toMatchObject({ type: 'embed', kind: 'audio', url: 'https://traffic.libsyn.com/secure/exampleshow/lorem-ipsum.mp3?dest-id=123456' });
  });
});

describe('RSS with Media RSS, and Atom', () => {
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Valley Courier Wire</title><link>https://courier.example/</link><language>en-gb</language>
    <item>
      <title>Flood barrier &amp;amp; pumps tested</title>
      <link>https://courier.example/news/flood-barrier</link>
      <pubDate>Tue, 04 Mar 2025 09:30:00 +0100</pubDate>
      <dc:creator>Ruth Ambler</dc:creator>
      <category domain="courier">Environment</category>
      <description>&lt;p&gt;Engineers &lt;b&gt;closed&lt;/b&gt; the barrier.&lt;/p&gt;</description>
      <media:content url="https://img.courier.example/barrier.jpg" medium="image" width="1600" height="900">
        <media:description>The barrier at low tide.</media:description>
        <media:credit>Tom Reed/Valley Courier</media:credit>
      </media:content>
    </item>
    <item>
      <guid isPermaLink="false">courier-2</guid>
      <title>Second story</title>
      <content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded>
      <description>Teaser only</description>
      <media:thumbnail url="https://img.courier.example/small.jpg" width="120" height="80"/>
      <media:thumbnail url="https://img.courier.example/large.jpg" width="640" height="360"/>
    </item>
  </channel>
</rss>`;

  it('maps RSS items: link as guid, escaped HTML description, Media RSS pictures', () => {
    const { format, items } = parseWireFile(bytes(rss));
    expect(format).toBe('rss');
    expect(items[0]).toMatchObject({
      guid: 'https://courier.example/news/flood-barrier',
      version: 1,
      provider: 'Valley Courier Wire',
      language: 'en-GB',
      headline: 'Flood barrier & pumps tested',
      byline: 'Ruth Ambler',
      versionCreated: '2025-03-04T08:30:00.000Z',
      subjects: [{ code: 'courier:Environment', name: 'Environment' }],
    });
    expect(items[0]?.body).toEqual([{ type: 'paragraph', spans: [{ text: 'Engineers ' }, { text: 'closed', marks: ['bold'] }, { text: ' the barrier.' }] }]);
    expect(items[0]?.pictures).toEqual([
      { href: 'https://img.courier.example/barrier.jpg', caption: 'The barrier at low tide.', credit: 'Tom Reed/Valley Courier', width: 1600, height: 900 },
    ]);
    expect(items[1]).toMatchObject({ guid: 'courier-2' });
    expect(allText(items[1]?.body ?? [])).toEqual(['Full text.']);
    expect(items[1]?.pictures).toEqual([{ href: 'https://img.courier.example/large.jpg', width: 640, height: 360 }]);
    expect(items[1]?.raw).toMatch(/^<item>[\s\S]*courier-2[\s\S]*<\/item>$/);
  });

  it('maps Atom entries: id, published/updated, authors, categories, html and xhtml content', () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <title>Stadtwerke Meldungen</title>
  <author><name>Stadtwerke Presse</name></author>
  <entry>
    <id>tag:stadtwerke.example,2025:42</id>
    <title type="html">Neue &lt;em&gt;Buslinie&lt;/em&gt; ab Montag</title>
    <published>2025-03-01T08:00:00+01:00</published>
    <updated>2025-03-02T10:15:00+01:00</updated>
    <author><name>Jana Ritter</name></author>
    <category term="verkehr" label="Verkehr"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Die Linie 12 fährt <a href="https://stadtwerke.example/12">alle zehn Minuten</a>.</p></div></content>
    <link rel="enclosure" type="image/jpeg" href="https://stadtwerke.example/bus.jpg"/>
  </entry>
  <entry>
    <id>tag:stadtwerke.example,2025:43</id>
    <title>Zweite Meldung</title>
    <updated>2025-03-03T09:00:00Z</updated>
    <summary type="html">&lt;p&gt;Kurz &amp;amp; knapp.&lt;/p&gt;</summary>
  </entry>
</feed>`;
    const { format, items } = parseWireFile(bytes(atom));
    expect(format).toBe('atom');
    expect(items[0]).toMatchObject({
      guid: 'tag:stadtwerke.example,2025:42',
      provider: 'Stadtwerke Presse',
      language: 'de',
      headline: 'Neue Buslinie ab Montag',
      byline: 'Jana Ritter',
      firstCreated: '2025-03-01T07:00:00.000Z',
      versionCreated: '2025-03-02T09:15:00.000Z',
      subjects: [{ code: 'verkehr', name: 'Verkehr' }],
      pictures: [{ href: 'https://stadtwerke.example/bus.jpg', mimeType: 'image/jpeg' }],
    });
    expect(items[0]?.body).toEqual([
      { type: 'paragraph', spans: [{ text: 'Die Linie 12 fährt ' }, { text: 'alle zehn Minuten', href: 'https://stadtwerke.example/12' }, { text: '.' }] },
    ]);
    expect(allText(items[1]?.body ?? [])).toEqual(['Kurz & knapp.']);
  });
});
