/**
 * Webhooks through the admin API on the real server: admins only, targets in
 * internal ranges refused at registration and at delivery, and — with
 * loopback allowed by configuration — a real local receiver gets a correctly
 * signed POST after a publish through the API.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookCreated, WebhookDeliveryList, WebhookList } from '../../src/api/admin/webhook-contract.js';
import { loadWebhookConfig } from '../../src/config/webhook-config.js';
import { verifyWebhookSignature } from '../../src/operations/webhook-signature.js';
import { createHttpSender } from '../../src/webhooks/http-sender.js';
import { createTargetCheck } from '../../src/webhooks/webhook-targets.js';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, TEST_PUBLIC_URL, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;
const strict = loadWebhookConfig({}).webhooks;

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A local receiver that answers `status` and keeps what it got. */
async function startReceiver(status = 200): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'thanks' : 'x'.repeat(5000));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('webhook targets', () => {
  it('refuses internal addresses and names that resolve to them, at registration', async () => {
    const check = createTargetCheck(strict, async (host) => ({ 'intranet.example': ['10.1.2.3'], 'mixed.example': ['93.184.215.14', 'fd00::1'], 'public.example': ['93.184.215.14'] })[host] ?? []);
    for (const url of [
      'https://10.0.0.1/hook', 'https://127.0.0.1/hook', 'https://169.254.169.254/latest/meta-data', 'https://[::1]/hook', 'https://[::ffff:127.0.0.1]/',
      'https://192.168.1.10/', 'https://172.16.0.1/', 'https://[fe80::1]/', 'https://intranet.example/hook', 'https://mixed.example/hook',
      'http://public.example/hook', 'https://user:pw@public.example/hook', 'ftp://public.example/', 'not a url', 'https://unknown.example/',
    ])
      await expect(check(url), url).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
    await expect(check('https://public.example/hook')).resolves.toBeUndefined();
    await expect(check('https://intranet.example/hook')).rejects.toThrow(/resolves to an internal address \(10\.1\.2\.3\).*HERALD_WEBHOOK_ALLOW_PRIVATE/);
    // An allow-list lets one range in, still over https.
    const listed = createTargetCheck(loadWebhookConfig({ HERALD_WEBHOOK_ALLOW_PRIVATE: '10.1.0.0/16' }).webhooks, async () => ['10.1.2.3']);
    await expect(listed('https://intranet.example/hook')).resolves.toBeUndefined();
    await expect(listed('https://10.2.0.1/hook')).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
    await expect(listed('http://intranet.example/hook')).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
    expect(() => loadWebhookConfig({ HERALD_WEBHOOK_ALLOW_PRIVATE: 'maybe' })).toThrow(/HERALD_WEBHOOK_ALLOW_PRIVATE/);
  });

  it('refuses internal addresses at delivery too, after resolving the name', async () => {
    const receiver = await startReceiver();
    try {
      // The strict sender refuses a loopback address in the URL, and a name that resolves to loopback when it connects.
      const send = createHttpSender({ policy: { allowPrivate: false, allowedRanges: [] } });
      const request = { headers: {}, body: '{}' };
      await expect(send({ ...request, url: receiver.url.replace('http:', 'https:') })).rejects.toThrow(/internal address/);
      await expect(send({ ...request, url: receiver.url.replace('http://127.0.0.1', 'https://localhost') })).rejects.toThrow(/resolves to an internal address/);
      expect(receiver.received).toEqual([]);
      // Allowed by configuration, the same receiver is reached; only the first KB of a long answer is kept.
      const loose = createHttpSender({ policy: { allowPrivate: true, allowedRanges: [] }, timeoutMs: 5000 });
      expect(await loose({ ...request, url: receiver.url.replace('127.0.0.1', 'localhost') })).toEqual({ status: 200, body: 'thanks' });
    } finally {
      await receiver.close();
    }
    const failing = await startReceiver(500);
    try {
      const answer = await createHttpSender({ policy: { allowPrivate: true, allowedRanges: [] } })({ url: failing.url, headers: {}, body: '{}' });
      expect(answer.status).toBe(500);
      expect(answer.body.length).toBeLessThanOrEqual(1024);
    } finally {
      await failing.close();
    }
  });
});

for (const kind of testStoreKinds) {
  describe(`webhooks admin API on ${kind.name}`, () => {
    let strictApp: RunningApp;
    let admin: AdminClient;
    beforeAll(async () => {
      strictApp = await startTestApp(kind, { env: { HERALD_WEBHOOK_INTERVAL_MS: '0' } });
      admin = await signInAs(strictApp, 'admin');
    });
    afterAll(async () => strictApp?.stop());

    it('is for admins only', async () => {
      const editor = await signInAs(strictApp, 'editor');
      expect((await strictApp.get('/api/admin/webhooks')).status).toBe(401);
      expect((await editor.request('GET', '/api/admin/webhooks')).status).toBe(403);
      const create = await editor.request('POST', '/api/admin/webhooks', { url: 'https://203.0.113.7/hook', events: ['article.published'] });
      expect(create.status).toBe(403);
      expect((await errorOf(create)).message).toMatch(/needs the admin role/);
      expect((await editor.request('GET', '/api/admin/webhooks/deliveries')).status).toBe(403);
    });

    it('refuses loopback, private, link-local and names resolving inwards, and accepts a public address', async () => {
      for (const url of ['https://10.0.0.1/hook', 'https://127.0.0.1:8443/hook', 'https://169.254.169.254/', 'https://[::1]/hook', 'https://localhost/hook', 'http://203.0.113.7/hook']) {
        const response = await admin.request('POST', '/api/admin/webhooks', { url, events: ['article.published'] });
        expect(response.status, url).toBe(422);
        expect((await errorOf(response)).code, url).toBe('HERALD_VALIDATION');
      }
      const created = await admin.request('POST', '/api/admin/webhooks', { url: 'https://203.0.113.7/hook', events: ['article.published', 'wire.killed'], description: 'Partner app' });
      expect(created.status).toBe(201);
      const { endpoint, secret } = (await created.json()) as WebhookCreated;
      expect(secret).toMatch(/^whsec_/);
      const listed = (await (await admin.request('GET', '/api/admin/webhooks')).json()) as WebhookList;
      expect(listed.items).toEqual([expect.objectContaining({ id: endpoint.id, description: 'Partner app', active: true })]);
      expect(JSON.stringify(listed)).not.toContain(secret as string);
      const moved = await admin.request('PATCH', `/api/admin/webhooks/${endpoint.id}`, { url: 'https://192.168.0.2/hook' });
      expect(moved.status).toBe(422);
      const disabled = (await (await admin.request('PATCH', `/api/admin/webhooks/${endpoint.id}`, { active: false })).json()) as WebhookCreated;
      expect(disabled).toEqual({ endpoint: expect.objectContaining({ active: false, url: 'https://203.0.113.7/hook' }) });
      expect((await admin.request('DELETE', `/api/admin/webhooks/${endpoint.id}`)).status).toBe(204);
      expect((await admin.request('DELETE', `/api/admin/webhooks/${endpoint.id}`)).status).toBe(404);
    });
  });

  describe(`webhook delivery to a local receiver on ${kind.name}`, () => {
    let running: RunningApp;
    let editor: AdminClient;
    let admin: AdminClient;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    beforeAll(async () => {
      receiver = await startReceiver();
      running = await startTestApp(kind, { env: { HERALD_WEBHOOK_ALLOW_PRIVATE: 'true', HERALD_WEBHOOK_INTERVAL_MS: '0' } });
      admin = await signInAs(running, 'admin');
      editor = await signInAs(running, 'editor');
    });
    afterAll(async () => {
      await running?.stop();
      await receiver?.close();
    });

    it('POSTs a correctly signed delivery after a publish through the admin API, listed with its answer', async () => {
      const created = (await (await admin.request('POST', '/api/admin/webhooks', { url: receiver.url, events: ['article.published'] })).json()) as WebhookCreated;
      const [section] = await running.app.store.listSections('en');
      const draft = (await (await editor.request('POST', '/api/admin/articles', { editionCode: 'en', sectionId: section!.id, headline: 'Lighthouse keeper retires', body: [] })).json()) as { id: number; revision: number };
      const published = await editor.request('POST', `/api/admin/articles/${draft.id}/publish`, { revision: draft.revision });
      expect(published.status).toBe(200);

      expect(await running.app.webhooks.tick()).toEqual([expect.objectContaining({ status: 'delivered', responseStatus: 200 })]);
      expect(receiver.received).toHaveLength(1);
      const [{ headers, body }] = receiver.received as [Received];
      expect(headers['content-type']).toBe('application/json');
      const ok = verifyWebhookSignature(created.secret as string, {
        timestamp: headers['herald-webhook-timestamp'] as string, body, header: headers['herald-webhook-signature'] as string, nowSeconds: Date.now() / 1000,
      });
      expect(ok).toBe(true);
      const payload = JSON.parse(body);
      expect(payload).toMatchObject({
        type: 'article.published', id: headers['herald-webhook-id'],
        article: { id: draft.id, headline: 'Lighthouse keeper retires', editionCode: 'en', url: `${TEST_PUBLIC_URL}/en/lighthouse-keeper-retires/a-${draft.id}` },
      });

      const list = (await (await admin.request('GET', `/api/admin/webhooks/deliveries?endpointId=${created.endpoint.id}`)).json()) as WebhookDeliveryList;
      expect(list.items).toEqual([expect.objectContaining({ status: 'delivered', responseStatus: 200, attempts: 1, articleId: draft.id, headline: 'Lighthouse keeper retires' })]);

      const again = await admin.request('POST', `/api/admin/webhooks/deliveries/${list.items[0]!.id}/redeliver`);
      expect(again.status).toBe(201);
      await running.app.webhooks.tick();
      expect(receiver.received).toHaveLength(2);
      expect(receiver.received[1]!.headers['herald-webhook-id']).toBe(headers['herald-webhook-id']);
    });
  });
}
