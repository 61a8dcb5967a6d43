/** Webhooks on every store: queued with the change, signed, retried with backoff, given up after a day, sent once by racing nodes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeraldError } from '../../src/domain/errors.js';
import { SYSTEM, userActor, type Role } from '../../src/domain/identity.js';
import { WEBHOOK_RETRY, webhookRetryDelayMs, type WebhookDelivery, type WebhookEventType } from '../../src/domain/webhook.js';
import type { WireItem } from '../../src/domain/wire-item.js';
import { createEventBus } from '../../src/events/event-bus.js';
import { correctArticle } from '../../src/operations/correct-article.js';
import { createArticle } from '../../src/operations/create-article.js';
import { deleteArticle } from '../../src/operations/delete-article.js';
import { createWebhookDispatcher } from '../../src/operations/deliver-webhooks.js';
import { ingestWireFile, type WireIngestContext } from '../../src/operations/ingest-wire-file.js';
import type { Store } from '../../src/operations/ports.js';
import type { WebhookRequest } from '../../src/operations/webhook-ports.js';
import { verifyWebhookSignature } from '../../src/operations/webhook-signature.js';
import { createWebhook, deleteWebhook, redeliverWebhook, updateWebhook, type WebhookContext } from '../../src/operations/webhooks.js';
import { publishArticle, unpublishArticle } from '../../src/operations/workflow-transitions.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const PUBLIC_URL = 'https://news.example';
const ALL: WebhookEventType[] = ['article.published', 'article.updated', 'article.unpublished', 'article.corrected', 'wire.killed'];
const actorWith = (role: Role) => userActor({ id: 9999, email: `${role}@x.example`, name: role, role, editionCodes: ['en'], authorId: null });

for (const kind of testStoreKinds) {
  describe(`webhooks on ${kind.name}`, () => {
    let handle: TestStore;
    let ids: FixtureIds;
    let ctx: WebhookContext;
    let clock: Date;
    const deliveries = (endpointId?: number) => handle.store.webhooks.listDeliveries({ limit: 200, ...(endpointId ? { endpointId } : {}) });
    const newWebhook = (events: WebhookEventType[] = ALL, url = 'https://hooks.example/in') => createWebhook(ctx, { url, events }, SYSTEM);
    const publishNew = (headline = 'Harbour reopens') =>
      createArticle(ctx, { editionCode: 'en', sectionId: ids.sectionId, headline, body: [], publishedAt: clock.toISOString() }, SYSTEM);

    beforeEach(async () => {
      handle = await kind.open();
      ids = await insertFixtureNewsroom(handle.store);
      clock = new Date('2026-06-01T12:00:00.000Z');
      ctx = { store: handle.store, events: createEventBus(), now: () => clock, checkTarget: async () => {} };
    });
    afterEach(async () => handle.dispose());

    it('queues one delivery per subscribed, active endpoint, in the transaction of the change', async () => {
      const all = await newWebhook();
      const onlyUnpublished = await newWebhook(['article.unpublished']);
      const off = await newWebhook();
      await updateWebhook(ctx, off.endpoint.id, { active: false }, SYSTEM);

      const id = await publishNew();
      let rows = await deliveries();
      expect(rows.map((d) => [d.endpointId, d.eventType])).toEqual([[all.endpoint.id, 'article.published']]);
      expect(rows[0]!.payload.article).toMatchObject({ id, editionCode: 'en', headline: 'Harbour reopens', status: 'published' });

      const article = await handle.store.getArticle(id);
      await correctArticle(ctx, { articleId: id, expectedRevision: article!.revision, edit: { headline: 'Harbour reopens at last' }, notice: { kind: 'correction', text: 'The date was wrong.' }, actor: SYSTEM });
      await unpublishArticle(ctx, { articleId: id, actor: SYSTEM });
      await publishArticle(ctx, { articleId: id, actor: SYSTEM });
      await deleteArticle(ctx, id, SYSTEM);
      rows = (await deliveries()).reverse();
      expect(rows.map((d) => `${d.endpointId === all.endpoint.id ? 'all' : 'unpub'} ${d.eventType}`)).toEqual([
        'all article.published', 'all article.corrected', 'all article.unpublished', 'unpub article.unpublished', 'all article.published',
        'all article.unpublished', 'unpub article.unpublished',
      ]);
      expect(rows[1]!.payload.notice).toEqual({ kind: 'correction', text: 'The date was wrong.' });
      expect(rows[1]!.payload.article.headline).toBe('Harbour reopens at last');
      expect(rows[6]!.payload.article.status).toBe('deleted');
      // Both endpoints get the same event id, so a receiver behind both can tell it is one event.
      expect(rows[2]!.eventId).toBe(rows[3]!.eventId);
      expect(onlyUnpublished.secret).not.toBe(all.secret);
    });

    it('queues nothing when the operation fails or rolls back', async () => {
      await newWebhook();
      const id = await createArticle(ctx, { editionCode: 'en', sectionId: ids.sectionId, headline: 'Draft', body: [] }, SYSTEM);
      await expect(publishArticle(ctx, { articleId: id, expectedRevision: 99, actor: SYSTEM })).rejects.toMatchObject({ code: 'HERALD_CONFLICT' });
      // The whole write fails after the delivery was queued: the delivery goes with it.
      const failing: Store = {
        ...handle.store,
        transaction: (work) => handle.store.transaction(async (tx) => {
          await work(tx);
          throw new Error('the disk is full');
        }),
      };
      await expect(publishArticle({ ...ctx, store: failing }, { articleId: id, actor: SYSTEM })).rejects.toThrow('the disk is full');
      expect(await deliveries()).toEqual([]);
      expect((await handle.store.getArticle(id))!.status).toBe('draft');
      await publishArticle(ctx, { articleId: id, actor: SYSTEM });
      expect((await deliveries()).map((d) => d.eventType)).toEqual(['article.published']);
    });

    it('holds the deliveries of an embargoed article until the embargo ends', async () => {
      await newWebhook();
      await createArticle(ctx, { editionCode: 'en', sectionId: ids.sectionId, headline: 'Embargoed', body: [], publishedAt: clock.toISOString(), embargoUntil: '2026-06-01T18:00:00.000Z' }, SYSTEM);
      const [row] = await deliveries();
      expect(row!.nextAttemptAt).toBe('2026-06-01T18:00:00.000Z');
      expect(await handle.store.webhooks.listDue(clock.toISOString(), 10)).toEqual([]);
    });

    it('announces a kill of an adopted wire story as wire.killed', async () => {
      await newWebhook(['wire.killed']);
      const item = (version: number, pubStatus: WireItem['pubStatus']): WireItem => ({
        format: 'ninjs', provider: 'AFP', guid: 'urn:afp:1', version, firstCreated: null, versionCreated: null, pubStatus, urgency: 3, language: 'en',
        headline: 'Storm', slugline: null, dateline: null, located: null, byline: null, itemClass: 'text', body: [], subjects: [], embargoUntil: null,
        pictures: [], isCorrection: false, sanitizerNotes: [], raw: '{}',
      });
      let next: WireItem = item(1, 'usable');
      const wire: WireIngestContext = { ...ctx, parser: { parse: () => ({ ok: true, items: [next] }) }, quarantine: { directory: '/nonexistent', keep: async () => 'x' } };
      const input = { bytes: new Uint8Array([1]), fileName: 'storm.json', source: 'cli' };
      await ingestWireFile(wire, input);
      const id = await createArticle(ctx, { editionCode: 'en', sectionId: ids.sectionId, headline: 'Storm hits coast', body: [], publishedAt: clock.toISOString(), wireOrigin: { guid: 'urn:afp:1', version: 1 } }, SYSTEM);
      next = item(2, 'canceled');
      await ingestWireFile(wire, input);
      const [row] = await deliveries();
      expect(row).toMatchObject({ eventType: 'wire.killed', payload: { article: { id, headline: 'Storm hits coast' }, wire: { guid: 'urn:afp:1', version: 2, provider: 'AFP' } } });
    });

    it('lets only admins manage webhooks, and audits every change', async () => {
      for (const role of ['reporter', 'editor'] as const)
        await expect(createWebhook(ctx, { url: 'https://hooks.example/in', events: ALL }, actorWith(role))).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      await expect(createWebhook(ctx, { url: 'https://hooks.example/in', events: ['article.deleted'] }, SYSTEM)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      const created = await newWebhook();
      expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      const rotated = await updateWebhook(ctx, created.endpoint.id, { rotateSecret: true }, SYSTEM);
      expect(rotated.secret).toMatch(/^whsec_/);
      expect(rotated.secret).not.toBe(created.secret);
      expect((await updateWebhook(ctx, created.endpoint.id, { description: 'CMS mirror' }, SYSTEM)).secret).toBeUndefined();
      await deleteWebhook(ctx, created.endpoint.id, SYSTEM);
      const audit = await handle.store.accounts.listAudit({ limit: 10, offset: 0 });
      expect(audit.items.map((e) => e.action)).toEqual(['webhook_deleted', 'webhook_updated', 'webhook_updated', 'webhook_created']);
      expect(JSON.stringify(audit.items)).not.toContain(created.secret as string);
    });

    it('signs each delivery so the receiver can verify it, with the article’s absolute URL', async () => {
      const { secret } = await newWebhook();
      const id = await publishNew();
      const sent: WebhookRequest[] = [];
      const dispatcher = createWebhookDispatcher({ store: handle.store, now: () => clock, publicUrl: PUBLIC_URL, send: async (r) => (sent.push(r), { status: 204, body: '' }) });
      expect(await dispatcher.tick()).toEqual([{ deliveryId: expect.any(Number), status: 'delivered', responseStatus: 204 }]);
      const [request] = sent;
      const headers = request!.headers;
      expect(headers['herald-webhook-timestamp']).toBe(String(clock.getTime() / 1000));
      const check = (body: string, key = secret as string) =>
        verifyWebhookSignature(key, { timestamp: headers['herald-webhook-timestamp']!, body, header: headers['herald-webhook-signature']!, nowSeconds: clock.getTime() / 1000 });
      expect(check(request!.body)).toBe(true);
      expect(check(request!.body.replace('Harbour', 'Harbor'))).toBe(false);
      expect(check(request!.body, 'whsec_wrong')).toBe(false);
      const body = JSON.parse(request!.body);
      expect(body).toMatchObject({ type: 'article.published', id: headers['herald-webhook-id'], article: { id, url: `${PUBLIC_URL}/en/harbour-reopens/a-${id}` } });
      expect(body.article.path).toBeUndefined();
      expect((await deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 1, responseStatus: 204, deliveredAt: clock.toISOString() });
      expect(await dispatcher.tick()).toEqual([]);
    });

    it('retries with backoff doubling from 30 s up to an hour, and gives up once a day of retries has passed', async () => {
      await newWebhook();
      await publishNew();
      const start = clock.getTime();
      const dispatcher = createWebhookDispatcher({ store: handle.store, now: () => clock, publicUrl: PUBLIC_URL, send: async () => ({ status: 503, body: 'busy' }) });
      const gaps: number[] = [];
      let row: WebhookDelivery | undefined;
      for (let i = 0; i < 100; i++) {
        const outcomes = await dispatcher.tick();
        expect(outcomes).toHaveLength(1);
        [row] = await deliveries();
        if (row!.status !== 'pending') break;
        // Nothing is due a moment before the next attempt.
        clock = new Date(Date.parse(row!.nextAttemptAt) - 1);
        expect(await dispatcher.tick()).toEqual([]);
        gaps.push(Date.parse(row!.nextAttemptAt) - Date.parse(row!.lastAttemptAt!));
        clock = new Date(row!.nextAttemptAt);
      }
      expect(gaps.slice(0, 9).map((ms) => ms / 1000)).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
      expect(gaps.every((ms, i) => ms === webhookRetryDelayMs(i + 1))).toBe(true);
      expect(row).toMatchObject({ status: 'failed', responseStatus: 503, lastError: 'answered 503: busy', attempts: gaps.length + 1 });
      expect(Date.parse(row!.lastAttemptAt!) - start).toBeGreaterThanOrEqual(WEBHOOK_RETRY.retryForMs);
      expect(Date.parse(row!.lastAttemptAt!) - start).toBeLessThan(WEBHOOK_RETRY.retryForMs + WEBHOOK_RETRY.maxDelayMs);
      expect(await dispatcher.tick()).toEqual([]);

      // An admin sends it again: a new delivery, due now, with a fresh day of retries.
      const again = await redeliverWebhook(ctx, row!.id, SYSTEM);
      expect(again).toMatchObject({ status: 'pending', attempts: 0, eventId: row!.eventId, nextAttemptAt: clock.toISOString() });
    });

    it('records a sender that got no answer as an error and retries', async () => {
      await newWebhook();
      await publishNew();
      const dispatcher = createWebhookDispatcher({ store: handle.store, now: () => clock, publicUrl: PUBLIC_URL, send: async () => { throw new Error('connect ECONNREFUSED'); } });
      await dispatcher.tick();
      expect((await deliveries())[0]).toMatchObject({ status: 'pending', responseStatus: null, lastError: 'connect ECONNREFUSED', attempts: 1 });
    });

    it('delivers each delivery once when two dispatchers race', async () => {
      await newWebhook();
      await newWebhook(['article.published'], 'https://other.example/in');
      for (let i = 0; i < 6; i++) await publishNew(`Story ${i}`);
      const sent: string[] = [];
      const send = async (r: WebhookRequest) => {
        sent.push(`${r.url} ${r.headers['herald-webhook-id']}`);
        // Yield, so the other dispatcher runs while this send is "on the wire".
        await new Promise((resolve) => setImmediate(resolve));
        return { status: 200, body: 'ok' };
      };
      const a = createWebhookDispatcher({ store: handle.store, now: () => clock, publicUrl: PUBLIC_URL, send, concurrency: 3 });
      const b = createWebhookDispatcher({ store: handle.store, now: () => clock, publicUrl: PUBLIC_URL, send, concurrency: 3 });
      const [fromA, fromB] = await Promise.all([a.tick(), b.tick()]);
      expect(fromA.length + fromB.length).toBe(12);
      expect(sent).toHaveLength(12);
      expect(new Set(sent).size).toBe(12);
      expect((await deliveries()).every((d) => d.status === 'delivered' && d.attempts === 1)).toBe(true);
    });

    it('gives a claim to one node only while its lease holds', async () => {
      await newWebhook();
      await publishNew();
      const [id] = await handle.store.webhooks.listDue(clock.toISOString(), 10);
      const at = clock.toISOString();
      const until = new Date(clock.getTime() + 60_000).toISOString();
      expect(await handle.store.webhooks.claim(id!, 'node-a', at, until)).not.toBeNull();
      expect(await handle.store.webhooks.claim(id!, 'node-b', at, until)).toBeNull();
      // Node A died: after its lease, node B may take over, and A can no longer record.
      const later = new Date(clock.getTime() + 61_000).toISOString();
      expect(await handle.store.webhooks.claim(id!, 'node-b', later, new Date(clock.getTime() + 121_000).toISOString())).not.toBeNull();
      expect(await handle.store.webhooks.recordAttempt(id!, 'node-a', { at: later, status: 'delivered', responseStatus: 200, error: null })).toBe(false);
      expect(await handle.store.webhooks.recordAttempt(id!, 'node-b', { at: later, status: 'delivered', responseStatus: 200, error: null })).toBe(true);
    });

    it('refuses a target the check refuses, and stores nothing', async () => {
      const refusing: WebhookContext = { ...ctx, checkTarget: async () => { throw new HeraldError('HERALD_VALIDATION', 'internal'); } };
      await expect(createWebhook(refusing, { url: 'https://10.0.0.1/', events: ALL }, SYSTEM)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      expect(await handle.store.webhooks.listEndpoints()).toEqual([]);
    });
  });
}
