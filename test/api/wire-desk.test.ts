/**
 * The wire desk's admin API over real HTTP and sessions, on every store:
 * listing with filters, a story with its versions, the quarantine, adopting
 * (editors only; killed stories refused), and alerts with acknowledgement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminArticle } from '../../src/api/admin/contract.js';
import type {
  AdoptWireResponse, QuarantineList, WireAlertDto, WireAlertList, WireStoryDetail, WireStoryList,
} from '../../src/api/admin/wire-contract.js';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';
import { startLocalServer, type LocalServer } from '../wire/local-server.js';
import { g2File, ninjsFile, TINY_PNG } from '../wire/wire-files.js';

const json = async <T>(response: Response) => (await response.json()) as T;
const AP_GUID = 'http://api.ap.org/media/v/content/b2b6c3f4?qt=H1&et=0';

for (const kind of testStoreKinds) {
  describe(`wire desk API on ${kind.name}`, () => {
    let running: RunningApp;
    let pictures: LocalServer;
    let reporter: AdminClient;
    let editor: AdminClient;
    let sectionId: number;
    let clock = new Date('2026-06-01T10:00:00.000Z');

    const ingest = (bytes: Uint8Array, fileName = 'file.xml') => {
      clock = new Date(clock.getTime() + 60_000);
      return running.app.wire.ingest({ bytes, fileName, source: 'test' });
    };
    const guids = (list: WireStoryList) => list.items.map((s) => s.guid);
    const list = async (query = '') => json<WireStoryList>(await reporter.request('GET', `/api/admin/wire${query}`));

    beforeAll(async () => {
      pictures = await startLocalServer((req, res) =>
        req.url === '/pier.png' ? void res.writeHead(200, { 'content-type': 'image/png' }).end(TINY_PNG) : void res.writeHead(404).end(),
      );
      running = await startTestApp(kind, { now: () => clock, env: { HERALD_WIRE_PICTURE_HOSTS: '127.0.0.1', HERALD_SCHEDULER_INTERVAL_MS: '0' } });
      reporter = await signInAs(running, 'reporter', { editionCodes: ['en'] });
      editor = await signInAs(running, 'editor', { editionCodes: ['en'] });
      sectionId = (await running.app.store.listSections('en'))[0]!.id;
      await ingest(g2File({ guid: 'urn:afp:ferry', provider: 'AFP', headline: 'Island ferry cancelled', urgency: 1, subjects: ['medtop:06000000'],
        slugline: 'Britain-Weather', dateline: 'PORT ELLEN, 1 June (AFP)', paragraphs: ['The ferry was cancelled.', 'Repairs take a week.'],
        pictures: [{ href: `${pictures.url}/pier.png`, caption: 'The pier.' }, { href: `${pictures.url}/gone.png` }] }));
      await ingest(ninjsFile({ guid: 'urn:dpa:haushalt', provider: 'dpa', language: 'de', headline: 'Rat beschließt Haushalt', urgency: 4, subjects: ['medtop:11000000'] }), 'h.json');
      await ingest(ninjsFile({ guid: AP_GUID, provider: 'AP', language: 'en', headline: 'Cup final goes to extra time', urgency: 3, subjects: ['medtop:15000000'],
        bodyHtml: '<p onclick="steal()">Extra time <script>alert(1)</script>was needed.</p>' }), 'ap.json');
      await ingest(g2File({ guid: 'urn:afp:ferry', version: 2, provider: 'AFP', headline: 'Island ferry cancelled, pier damaged', urgency: 1, subjects: ['medtop:06000000'],
        slugline: 'Britain-Weather', dateline: 'PORT ELLEN, 1 June (AFP)', paragraphs: ['The ferry was cancelled.', 'Repairs take a week.'],
        pictures: [{ href: `${pictures.url}/pier.png`, caption: 'The pier.' }, { href: `${pictures.url}/gone.png` }] }));
      await ingest(new TextEncoder().encode('{"broken": '), 'broken.json');
    });
    afterAll(async () => {
      await running?.stop();
      await pictures?.close();
    });

    it('lists the newest version of each story, newest first, with filters and pages', async () => {
      const all = await list();
      expect(guids(all)).toEqual(['urn:afp:ferry', AP_GUID, 'urn:dpa:haushalt']);
      expect(all.items[0]).toMatchObject({ latestVersion: 2, headline: 'Island ferry cancelled, pier damaged', urgency: 1, provider: 'AFP', pubStatus: 'usable' });
      expect(all).toMatchObject({ page: 1, pageSize: 50, hasMore: false });
      expect(guids(await list('?provider=dpa'))).toEqual(['urn:dpa:haushalt']);
      expect(guids(await list('?language=de'))).toEqual(['urn:dpa:haushalt']);
      expect(guids(await list('?maxUrgency=3'))).toEqual(['urn:afp:ferry', AP_GUID]);
      expect(guids(await list('?subject=medtop:15000000'))).toEqual([AP_GUID]);
      expect(guids(await list('?q=PIER%20ferry'))).toEqual(['urn:afp:ferry']);
      expect(guids(await list('?since=2026-06-01T10:02:30.000Z&until=2026-06-01T10:03:30.000Z'))).toEqual([AP_GUID]);
      const page2 = await list('?pageSize=2&page=2');
      expect([guids(page2), page2.hasMore]).toEqual([['urn:dpa:haushalt'], false]);
      expect((await list('?pageSize=2')).hasMore).toBe(true);
      const bad = await reporter.request('GET', '/api/admin/wire?maxUrgency=0');
      expect(bad.status).toBe(422);
    });

    it('shows a story (URL-encoded guid) with every version and the newest item in full', async () => {
      const response = await reporter.request('GET', `/api/admin/wire/${encodeURIComponent(AP_GUID)}`);
      expect(response.status).toBe(200);
      const detail = await json<WireStoryDetail>(response);
      expect(detail.story.guid).toBe(AP_GUID);
      expect(detail.item.body).toEqual([{ type: 'paragraph', spans: [{ text: 'Extra time was needed.' }] }]);
      expect(detail.item.sanitizerNotes.join(' ')).toMatch(/script/);
      expect(detail.item).not.toHaveProperty('raw');
      expect(detail.item.rawLength).toBeGreaterThan(50);
      const ferry = await json<WireStoryDetail>(await reporter.request('GET', '/api/admin/wire/urn%3Aafp%3Aferry'));
      expect(ferry.versions.map((v) => [v.version, v.headline])).toEqual([[2, 'Island ferry cancelled, pier damaged'], [1, 'Island ferry cancelled']]);
      expect(ferry.item.pictures).toHaveLength(2);
      const missing = await reporter.request('GET', '/api/admin/wire/urn%3Anobody');
      expect(missing.status).toBe(404);
    });

    it('lists the quarantine with reasons', async () => {
      const { items } = await json<QuarantineList>(await reporter.request('GET', '/api/admin/wire/quarantine'));
      expect(items[0]).toMatchObject({ fileName: 'broken.json', source: 'test', code: 'malformed' });
      expect(items[0]?.reason.length).toBeGreaterThan(10);
    });

    it('lets editors adopt a story as a draft with the wire link, agency and pictures; reporters may not', async () => {
      const denied = await reporter.request('POST', '/api/admin/wire/urn%3Aafp%3Aferry/adopt', { editionCode: 'en', sectionId });
      expect(denied.status).toBe(403);
      const otherEdition = await editor.request('POST', '/api/admin/wire/urn%3Aafp%3Aferry/adopt', { editionCode: 'de', sectionId });
      expect(otherEdition.status).toBe(403);
      const response = await editor.request('POST', '/api/admin/wire/urn%3Aafp%3Aferry/adopt', { editionCode: 'en', sectionId });
      expect(response.status).toBe(201);
      const article = await json<AdoptWireResponse>(response);
      const afp = (await running.app.store.listAgencies()).find((a) => a.code === 'AFP');
      expect(article).toMatchObject({
        status: 'draft', headline: 'Island ferry cancelled, pier damaged', kicker: 'Britain weather', teaser: 'The ferry was cancelled.',
        wireOrigin: { guid: 'urn:afp:ferry', version: 2 }, agencyIds: [afp?.id], createdBy: editor.user.id, publicUrl: null,
      });
      expect(article.leadImageId).toEqual(expect.any(Number));
      expect(article.body[0]).toEqual({ type: 'paragraph', spans: [{ text: 'PORT ELLEN, 1 June (AFP) – ' }, { text: 'Repairs take a week.' }] });
      expect(article.warnings).toEqual([expect.stringMatching(/^Picture 2 was not imported: .*\(127\.0\.0\.1\) no longer has it \(HTTP 404\)/)]);
      const detail = await json<WireStoryDetail>(await reporter.request('GET', '/api/admin/wire/urn%3Aafp%3Aferry'));
      expect(detail.articles).toEqual([{ id: article.id, headline: article.headline, status: 'draft', wireVersion: 2 }]);
    });

    it('refuses to adopt a killed story with 409, and raises an alert on the adopted article that editors acknowledge', async () => {
      const adopted = await json<AdminArticle>(await editor.request('POST', `/api/admin/wire/${encodeURIComponent(AP_GUID)}/adopt`, { editionCode: 'en', sectionId }));
      await ingest(ninjsFile({ guid: AP_GUID, version: 2, provider: 'AP', pubStatus: 'canceled', versionCreated: '2026-06-01T14:02:00Z' }), 'kill.json');
      const refused = await editor.request('POST', `/api/admin/wire/${encodeURIComponent(AP_GUID)}/adopt`, { editionCode: 'en', sectionId });
      expect(refused.status).toBe(409);
      expect((await json<{ error: { code: string; message: string } }>(refused)).error).toEqual({
        code: 'HERALD_CONFLICT', message: 'AP killed this story (version 2); a killed story cannot be adopted.', requestId: refused.headers.get('x-request-id'),
      });

      const open = await json<WireAlertList>(await reporter.request('GET', '/api/admin/wire/alerts?open=1'));
      const alert = open.items.find((a) => a.articleId === adopted.id) as WireAlertDto;
      expect(alert).toMatchObject({ kind: 'canceled', guid: AP_GUID, version: 2, acknowledgedAt: null, article: { headline: adopted.headline, editionCode: 'en', status: 'draft' } });
      expect(alert.message).toMatch(/^AP killed this story at 14:02 UTC — the article 'Cup final goes to extra time' is draft/);
      const withAlert = await json<AdminArticle>(await editor.request('GET', `/api/admin/articles/${adopted.id}`));
      expect(withAlert.wireAlerts.map((a) => a.id)).toEqual([alert.id]);

      expect((await reporter.request('POST', `/api/admin/wire/alerts/${alert.id}/acknowledge`)).status).toBe(403);
      const acked = await editor.request('POST', `/api/admin/wire/alerts/${alert.id}/acknowledge`);
      expect(acked.status).toBe(200);
      expect((await json<WireAlertDto>(acked)).acknowledgedAt).toBe(clock.toISOString());
      const twice = await json<WireAlertDto>(await editor.request('POST', `/api/admin/wire/alerts/${alert.id}/acknowledge`));
      expect(twice.acknowledgedAt).toBe(clock.toISOString());
      expect((await json<WireAlertList>(await reporter.request('GET', '/api/admin/wire/alerts?open=1'))).items.map((a) => a.id)).not.toContain(alert.id);
      expect((await json<WireAlertList>(await reporter.request('GET', '/api/admin/wire/alerts'))).items.map((a) => a.id)).toContain(alert.id);
      expect((await editor.request('POST', '/api/admin/wire/alerts/999999/acknowledge')).status).toBe(404);
      expect((await json<AdminArticle>(await editor.request('GET', `/api/admin/articles/${adopted.id}`))).wireAlerts).toEqual([]);
    });

    it('keeps alerts about articles of other editions from users who do not work there', async () => {
      const deSection = (await running.app.store.listSections('de'))[0]!.id;
      const admin = await signInAs(running, 'admin');
      const adopted = await json<AdminArticle>(await admin.request('POST', '/api/admin/wire/urn%3Adpa%3Ahaushalt/adopt', { editionCode: 'de', sectionId: deSection }));
      await ingest(ninjsFile({ guid: 'urn:dpa:haushalt', version: 2, provider: 'dpa', correction: true }), 'fix.json');
      const forAdmin = await json<WireAlertList>(await admin.request('GET', '/api/admin/wire/alerts?open=1'));
      const alert = forAdmin.items.find((a) => a.articleId === adopted.id);
      expect(alert?.kind).toBe('correction');
      expect((await json<WireAlertList>(await reporter.request('GET', '/api/admin/wire/alerts?open=1'))).items.map((a) => a.articleId)).not.toContain(adopted.id);
      expect((await editor.request('POST', `/api/admin/wire/alerts/${alert?.id}/acknowledge`)).status).toBe(404);
    });
  });
}
