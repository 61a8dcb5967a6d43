/**
 * adoptWireItem on every store: a draft with headline, kicker, teaser,
 * dateline, agency credit, embargo, wire link and imported pictures (served
 * by a local server); the agency reporters' byline kept as authors; the
 * first paragraph as teaser and not again in the body; pictures that cannot
 * be fetched are warnings in plain sentences; killed and withheld stories
 * are refused.
 */
import { SYSTEM } from '../../src/domain/identity.js';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HeraldError } from '../../src/domain/errors.js';
import { createEventBus } from '../../src/events/event-bus.js';
import { createQuarantineFiles } from '../../src/ingest/quarantine-files.js';
import { wireFileParser } from '../../src/ingest/wire-ingest-ports.js';
import { createPictureFetcher } from '../../src/ingest/sources/remote-picture.js';
import { createLocalMediaStore } from '../../src/media/media-store.js';
import { adoptWireItem, bodyWithDateline, kickerFromSlugline, teaserFrom, type AdoptWireDeps } from '../../src/operations/adopt-wire-item.js';
import type { OperationContext } from '../../src/operations/context.js';
import { ingestWireFile } from '../../src/operations/ingest-wire-file.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';
import { startLocalServer, type LocalServer } from './local-server.js';
import { g2File, ninjsFile, TINY_PNG, type StorySpec } from './wire-files.js';

let pictures: LocalServer;
beforeAll(async () => {
  pictures = await startLocalServer((req, res) => {
    if (req.url === '/harbour.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end(TINY_PNG);
    if (req.url === '/moved.png') return void res.writeHead(302, { location: '/harbour.png' }).end();
    if (req.url === '/page.html') return void res.writeHead(200, { 'content-type': 'image/png' }).end('<html>not a picture</html>');
    res.writeHead(404).end();
  });
});
afterAll(async () => pictures.close());

describe('adoption helpers', () => {
  it('prefixes the first paragraph with the dateline, unless the agency already wrote it', () => {
    const body = [{ type: 'subheading' as const, text: 'Sub' }, { type: 'paragraph' as const, spans: [{ text: 'The council met.' }] }];
    expect(bodyWithDateline(body, 'PARIS, 27 Nov (AFP)')[1]).toEqual({ type: 'paragraph', spans: [{ text: 'PARIS, 27 Nov (AFP) – ' }, { text: 'The council met.' }] });
    expect(bodyWithDateline(body, 'PARIS, 27 Nov (AFP) -')[1]).toMatchObject({ spans: [{ text: 'PARIS, 27 Nov (AFP) - ' }, {}] });
    const written = [{ type: 'paragraph' as const, spans: [{ text: 'New York (dpa) - Ein Chatbot aus China.' }] }];
    expect(bodyWithDateline(written, 'New York (dpa)')).toBe(written);
    expect(bodyWithDateline(body, null)).toBe(body);
  });

  it('makes a short kicker from the slugline and a trimmed teaser from the first paragraph', () => {
    expect(kickerFromSlugline('US-Finance-Fed')).toBe('US finance fed');
    expect(kickerFromSlugline('Turkey Islamic State', 'Islamic State')).toBe('Turkey Islamic State');
    expect(kickerFromSlugline('france-politics-government-reshuffle-after-the-vote-of-no-confidence').length).toBeLessThanOrEqual(40);
    expect(kickerFromSlugline(null)).toBe('');
    const long = 'word '.repeat(200);
    const teaser = teaserFrom([{ type: 'paragraph', spans: [{ text: '  ' }] }, { type: 'paragraph', spans: [{ text: ` ${long} ` }] }]);
    expect(teaser.length).toBeLessThanOrEqual(300);
    expect(teaser).toMatch(/^word word .*word…$/);
  });
});

for (const kind of testStoreKinds) {
  describe(`adoptWireItem on ${kind.name}`, () => {
    let handle: TestStore;
    let ids: FixtureIds;
    let ctx: OperationContext;
    let deps: AdoptWireDeps;

    beforeEach(async () => {
      handle = await kind.open();
      ids = await insertFixtureNewsroom(handle.store);
      ctx = { store: handle.store, events: createEventBus(), now: () => new Date('2026-06-01T15:00:00.000Z') };
      deps = {
        media: createLocalMediaStore(path.join(handle.dataDir, 'media')),
        fetchPicture: createPictureFetcher({ allowedHosts: ['127.0.0.1', 'localhost'], maxBytes: 1024 * 1024 }),
      };
    });
    afterEach(async () => handle.dispose());

    const ingest = (bytes: Uint8Array) =>
      ingestWireFile({ ...ctx, parser: wireFileParser, quarantine: createQuarantineFiles(path.join(handle.dataDir, 'q')) }, { bytes, fileName: 'f', source: 'test' });
    const adopt = (guid: string) => adoptWireItem(ctx, deps, { guid, editionCode: 'en', sectionId: ids.sectionId, actor: SYSTEM });

    const story: StorySpec = {
      guid: 'urn:newsml:afp.com:20260601:harbour', version: 2, provider: 'afp', headline: 'Harbour ferry cancelled after storm',
      slugline: 'Britain-Weather-Ferry', dateline: 'PORT ELLEN, 1 June (AFP)',
      paragraphs: ['The island ferry was cancelled on Monday after a storm damaged the pier.', 'Repairs will take a week.'],
      embargoUntil: '2026-06-02T06:00:00Z',
    };

    it('creates a draft with the wire copy, the agency credit, the embargo and the wire link', async () => {
      await ingest(g2File(story));
      const { articleId, warnings } = await adopt(story.guid);
      expect(warnings).toEqual([]);
      const article = await handle.store.getArticle(articleId);
      expect(article).toMatchObject({
        status: 'draft', editionCode: 'en', sectionId: ids.sectionId, headline: 'Harbour ferry cancelled after storm',
        kicker: 'Britain weather ferry', teaser: 'The island ferry was cancelled on Monday after a storm damaged the pier.',
        embargoUntil: '2026-06-02T06:00:00.000Z', wireOrigin: { guid: story.guid, version: 2 }, leadImageId: null,
        agencyIds: [ids.agencyIds[0]],
      });
      // The lead is the teaser, so the body goes on from the second paragraph (under the dateline) rather than repeating it.
      expect(article?.body).toEqual([
        { type: 'paragraph', spans: [{ text: 'PORT ELLEN, 1 June (AFP) – ' }, { text: 'Repairs will take a week.' }] },
      ]);
      expect(article?.authorIds).toEqual([]);
      expect(await handle.store.findArticlesByWireGuid(story.guid)).toEqual([{ id: articleId, headline: article?.headline, status: 'draft', wireVersion: 2 }]);
    });

    it('creates the agency when the desk has not met it before', async () => {
      await ingest(ninjsFile({ guid: 'urn:ntb:1', provider: 'NTB' }));
      const before = (await handle.store.listAgencies()).length;
      const { articleId } = await adopt('urn:ntb:1');
      const agencies = await handle.store.listAgencies();
      expect(agencies).toHaveLength(before + 1);
      const ntb = agencies.find((a) => a.code === 'NTB');
      expect((await handle.store.getArticle(articleId))?.agencyIds).toEqual([ntb?.id]);
      await ingest(ninjsFile({ guid: 'urn:ntb:2', provider: 'ntb' }));
      await adopt('urn:ntb:2');
      expect(await handle.store.listAgencies()).toHaveLength(before + 1);
    });

    it('imports the pictures with captions and credits; one that cannot be fetched is a warning', async () => {
      await ingest(ninjsFile({
        guid: 'urn:dpa:pics', provider: 'dpa', pictures: [
          { href: `${pictures.url}/moved.png`, caption: 'The damaged pier at Port Ellen.', credit: 'Jane Doe/dpa' },
          { href: `${pictures.url}/missing.png`, caption: 'Gone' },
          { href: `${pictures.url}/page.html`, caption: 'Not a picture' },
          { href: `${pictures.url}/harbour.png`, caption: 'The harbour, calm again.', credit: 'Max Muster' },
          { href: 'https://pictures.example.com/far-away.jpg', caption: 'Elsewhere' },
        ],
      }));
      const { articleId, warnings } = await adopt('urn:dpa:pics');
      expect(warnings).toEqual([
        'Picture 2 was not imported: the agency\'s picture server (127.0.0.1) no longer has it (HTTP 404). The agency may have withdrawn it. You can add a picture by hand from the media library.',
        'Picture 3 was not imported: it is not a JPEG, PNG or WebP picture (perhaps a video or a web page), which the media library cannot take. You can add a picture by hand from the media library.',
        'Picture 5 was not imported: the agency\'s picture server (pictures.example.com) is not on the list of picture hosts this newsroom trusts (HERALD_WIRE_PICTURE_HOSTS). Ask an administrator to add it. You can add a picture by hand from the media library.',
      ]);
      const article = await handle.store.getArticle(articleId);
      const [lead, second] = await handle.store.getImages([article?.leadImageId ?? 0, ...(article?.body ?? []).flatMap((b) => (b.type === 'image' ? [b.imageId] : []))]);
      expect(lead).toMatchObject({ caption: 'The damaged pier at Port Ellen.', creditName: 'Jane Doe', creditAgency: 'dpa', width: 2, height: 2 });
      expect(second).toMatchObject({ caption: 'The harbour, calm again.', creditName: 'Max Muster', creditAgency: 'dpa' });
      expect(article?.body.at(-1)).toEqual({ type: 'image', imageId: second?.id, caption: 'The harbour, calm again.' });
    });

    it('keeps the agency reporters\' byline as authors, found by name or created once', async () => {
      await ingest(ninjsFile({ guid: 'urn:dpa:byline', provider: 'dpa', byline: 'Von Anna Beispiel und Jonas Muster/dpa', paragraphs: ['Nur ein Absatz.'] }));
      const before = await handle.store.listAuthors();
      const { articleId } = await adopt('urn:dpa:byline');
      const article = await handle.store.getArticle(articleId);
      const authors = await handle.store.getAuthors(article?.authorIds ?? []);
      expect(authors.map((a) => [a.name, a.initials]).sort()).toEqual([['Anna Beispiel', 'ab'], ['Jonas Muster', 'jm']]);
      // A single paragraph stays in the body; the teaser is left for the editor rather than repeating it.
      expect(article).toMatchObject({ teaser: '', body: [{ type: 'paragraph', spans: [{ text: 'Nur ein Absatz.' }] }] });
      await ingest(ninjsFile({ guid: 'urn:dpa:byline2', provider: 'dpa', byline: 'Anna Beispiel' }));
      const second = await handle.store.getArticle((await adopt('urn:dpa:byline2')).articleId);
      expect(second?.authorIds).toEqual([authors.find((a) => a.name === 'Anna Beispiel')?.id]);
      expect(await handle.store.listAuthors()).toHaveLength(before.length + 2);
    });

    it('refuses a killed story and a withheld one with a conflict that says why', async () => {
      await ingest(g2File({ ...story, version: 1 }));
      await ingest(g2File({ ...story, version: 3, pubStatus: 'canceled' }));
      const killed = await adopt(story.guid).catch((e: unknown) => e);
      expect(killed).toBeInstanceOf(HeraldError);
      expect(killed).toMatchObject({ code: 'HERALD_CONFLICT', status: 409, message: 'afp killed this story (version 3); a killed story cannot be adopted.' });
      await ingest(ninjsFile({ guid: 'urn:dpa:held', pubStatus: 'withheld' }));
      await expect(adopt('urn:dpa:held')).rejects.toMatchObject({ code: 'HERALD_CONFLICT', message: expect.stringMatching(/withheld this story/) });
      expect(await handle.store.findArticlesByWireGuid(story.guid)).toEqual([]);
    });

    it('refuses an unknown story (404) and a section of another edition (422)', async () => {
      await expect(adopt('urn:nobody')).rejects.toMatchObject({ code: 'HERALD_NOT_FOUND' });
      await ingest(g2File(story));
      await expect(adoptWireItem(ctx, deps, { guid: story.guid, editionCode: 'en', sectionId: ids.otherSectionId, actor: SYSTEM }))
        .rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
    });
  });
}
