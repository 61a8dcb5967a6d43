/**
 * Wire alerts and the desk's labels over real HTTP, on every store: the
 * navigation's open-alert count, the marks on the admin article list, the
 * agencies for the filter, the agency's own times and the kind of item
 * (filterable, pictures and packages from the IPTC samples), and adoption
 * refused with 409 and a sentence on killed and withheld stories.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminArticle, ArticleListResponse } from '../../src/api/admin/contract.js';
import type { WireAlertCount, WireAlertList, WireProviderList, WireStoryList } from '../../src/api/admin/wire-contract.js';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';
import { g2File, ninjsFile, THIRD_PARTY_DIR, thirdPartySamplesPresent } from '../wire/wire-files.js';

const json = async <T>(response: Response) => (await response.json()) as T;
const samples = thirdPartySamplesPresent('wire desk kinds from the IPTC samples');

for (const kind of testStoreKinds) {
  describe(`wire alerts API on ${kind.name}`, () => {
    let running: RunningApp;
    let editor: AdminClient;
    let germanEditor: AdminClient;
    let sectionId: number;
    let clock = new Date('2026-06-01T10:00:00.000Z');

    const ingest = (bytes: Uint8Array, fileName = 'file.xml') => {
      clock = new Date(clock.getTime() + 60_000);
      return running.app.wire.ingest({ bytes, fileName, source: 'test' });
    };
    const adopt = (guid: string) => editor.request('POST', `/api/admin/wire/${encodeURIComponent(guid)}/adopt`, { editionCode: 'en', sectionId });
    const count = async (client: AdminClient) => json<WireAlertCount>(await client.request('GET', '/api/admin/wire/alerts/count'));

    beforeAll(async () => {
      running = await startTestApp(kind, { now: () => clock, env: { HERALD_SCHEDULER_INTERVAL_MS: '0' } });
      editor = await signInAs(running, 'editor', { editionCodes: ['en'] });
      germanEditor = await signInAs(running, 'editor', { editionCodes: ['de'] });
      sectionId = (await running.app.store.listSections('en'))[0]!.id;
    });
    afterAll(async () => running?.stop());

    it('counts open alerts for the navigation, marks the article in the list, and both drop on acknowledgement', async () => {
      const story = { guid: 'urn:afp:alerts:bridge', provider: 'AFP', headline: 'Bridge reopens after repairs', paragraphs: ['The bridge reopened.', 'Traffic is light.'] };
      await ingest(g2File(story));
      await ingest(g2File({ guid: 'urn:afp:alerts:fix', provider: 'AFP', headline: 'Council budget passes' }));
      const published = await json<AdminArticle>(await adopt(story.guid));
      const draft = await json<AdminArticle>(await adopt('urn:afp:alerts:fix'));
      expect((await editor.request('POST', `/api/admin/articles/${published.id}/publish`, { revision: published.revision })).status).toBe(200);
      const before = await count(editor);

      await ingest(g2File({ ...story, version: 2, pubStatus: 'canceled' }));
      await ingest(g2File({ guid: 'urn:afp:alerts:fix', version: 2, provider: 'AFP', headline: 'Council budget passes', correction: true }));
      expect(await count(editor)).toEqual({ open: before.open + 2, urgent: before.urgent + 1 });
      // Another edition's editor is not told about them.
      expect(await count(germanEditor)).toEqual({ open: 0, urgent: 0 });

      const listed = await json<ArticleListResponse>(await editor.request('GET', '/api/admin/articles?pageSize=100'));
      const marks = (id: number) => listed.items.find((a) => a.id === id)?.openWireAlerts;
      expect(marks(published.id)).toEqual(['canceled']);
      expect(marks(draft.id)).toEqual(['correction']);
      expect(listed.items.filter((a) => a.id !== published.id && a.id !== draft.id).every((a) => a.openWireAlerts.length === 0)).toBe(true);

      const open = await json<WireAlertList>(await editor.request('GET', '/api/admin/wire/alerts?open=1'));
      const kill = open.items.find((a) => a.articleId === published.id)!;
      expect(kill).toMatchObject({ kind: 'canceled', article: { status: 'published' } });
      expect((await editor.request('POST', `/api/admin/wire/alerts/${kill.id}/acknowledge`)).status).toBe(200);
      expect(await count(editor)).toEqual({ open: before.open + 1, urgent: before.urgent });
      const after = await json<ArticleListResponse>(await editor.request('GET', '/api/admin/articles?pageSize=100'));
      expect(after.items.find((a) => a.id === published.id)?.openWireAlerts).toEqual([]);
    });

    it('refuses to adopt a killed and a withheld story with 409 and a sentence saying why', async () => {
      await ingest(ninjsFile({ guid: 'urn:dpa:alerts:killed', provider: 'dpa', pubStatus: 'canceled' }));
      await ingest(ninjsFile({ guid: 'urn:dpa:alerts:held', provider: 'dpa', pubStatus: 'withheld' }));
      const killed = await adopt('urn:dpa:alerts:killed');
      expect(killed.status).toBe(409);
      expect(await killed.json()).toMatchObject({ error: { code: 'HERALD_CONFLICT', message: 'dpa killed this story (version 1); a killed story cannot be adopted.' } });
      const held = await adopt('urn:dpa:alerts:held');
      expect(held.status).toBe(409);
      expect(await held.json()).toMatchObject({ error: { message: 'dpa withheld this story (version 1); it cannot be adopted until the agency releases it.' } });
      expect(await running.app.store.findArticlesByWireGuid('urn:dpa:alerts:held')).toEqual([]);
    });

    it('lists the agencies on the desk and each story with the agency\'s own times', async () => {
      await ingest(ninjsFile({ guid: 'urn:ntb:alerts:1', provider: 'NTB', versionCreated: '2026-06-01T08:15:00Z' }));
      const providers = await json<WireProviderList>(await editor.request('GET', '/api/admin/wire/providers'));
      expect(providers.items).toEqual(expect.arrayContaining(['AFP', 'NTB', 'dpa']));
      expect(providers.items).toEqual([...providers.items].sort());
      const list = await json<WireStoryList>(await editor.request('GET', '/api/admin/wire?provider=AFP'));
      expect(list.items.find((s) => s.guid === 'urn:afp:alerts:bridge')).toMatchObject({
        firstCreated: '2026-06-01T12:00:00.000Z', versionCreated: '2026-06-01T14:02:00.000Z', itemClass: 'text', pictureCount: 0,
      });
      expect((await editor.request('GET', '/api/admin/wire?kind=Picture!')).status).toBe(422);
    });

    it.skipIf(!samples)('labels and filters pictures and packages from the IPTC samples', async () => {
      const dir = path.join(THIRD_PARTY_DIR, 'iptc-newsml-g2');
      for (const file of ['LISTING_3_Photo_in_NewsML-G2.xml', 'LISTING_6_Simple_NewsML-G2_Package.xml'])
        await ingest(new Uint8Array(readFileSync(path.join(dir, file))), file);
      const pictures = await json<WireStoryList>(await editor.request('GET', '/api/admin/wire?kind=picture'));
      expect(pictures.items.length).toBeGreaterThan(0);
      expect(pictures.items.every((s) => s.itemClass === 'picture')).toBe(true);
      const texts = await json<WireStoryList>(await editor.request('GET', '/api/admin/wire?kind=text'));
      expect(texts.items.some((s) => s.itemClass !== 'text')).toBe(false);
      const all = await json<WireStoryList>(await editor.request('GET', '/api/admin/wire?pageSize=200'));
      expect(new Set(all.items.map((s) => s.itemClass))).toEqual(new Set(['text', 'picture', ...all.items.filter((s) => s.itemClass === 'package').map(() => 'package')]));
    });
  });
}
