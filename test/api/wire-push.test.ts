/**
 * POST /ingest/{source} on every store: the source's token (right, wrong,
 * missing), unknown sources, any content type as raw bytes, quarantined
 * files, an empty body, and the 10 MB limit.
 */
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushIngestResponse } from '../../src/api/admin/wire-contract.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';
import { g2File, ninjsFile } from '../wire/wire-files.js';

const TOKEN = 'dpa-push-secret-0123456789';
const SOURCES = [
  { name: 'dpa', kind: 'push', token: TOKEN },
  { name: 'afp', kind: 'push', token: 'another-secret-for-afp-feed' },
  { name: 'inbox', kind: 'folder', path: path.join(os.tmpdir(), 'herald-push-test-inbox'), intervalMs: 3_600_000 },
];

for (const kind of testStoreKinds) {
  describe(`wire push endpoint on ${kind.name}`, () => {
    let running: RunningApp;

    beforeAll(async () => {
      running = await startTestApp(kind, { env: { HERALD_WIRE_SOURCES: JSON.stringify(SOURCES) } });
    });
    afterAll(async () => running?.stop());

    const push = (source: string, body: BodyInit | undefined, headers: Record<string, string> = {}) =>
      running.get(`/ingest/${source}`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, ...headers }, ...(body === undefined ? {} : { body }) });
    const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

    it('ingests the body with the right token and answers the outcomes', async () => {
      const response = await push('dpa', ninjsFile({ guid: 'urn:dpa:push:1', provider: 'dpa' }), { 'content-type': 'application/json', 'x-wire-filename': 'push-1.json' });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        source: 'dpa', outcomes: [{ file: 'push-1.json', status: 'ingested', guid: 'urn:dpa:push:1', version: 1 }],
      } satisfies PushIngestResponse);
      expect((await running.app.store.listWireVersions('urn:dpa:push:1'))[0]?.source).toBe('push:dpa');
    });

    it('accepts any content type (or none) as raw bytes', async () => {
      for (const [i, type] of ['text/plain', 'application/x-newsml+xml; charset=utf-8', 'not a type', undefined].entries()) {
        const response = await push('dpa', g2File({ guid: `urn:dpa:push:type:${i}` }), type ? { 'content-type': type } : {});
        expect(response.status, String(type)).toBe(200);
        expect(((await response.json()) as PushIngestResponse).outcomes[0]?.status, String(type)).toBe('ingested');
      }
      const resend = await push('dpa', g2File({ guid: 'urn:dpa:push:type:0' }), { 'content-type': 'application/xml' });
      expect(((await resend.json()) as PushIngestResponse).outcomes[0]?.status).toBe('unchanged');
    });

    it('answers 401 for a wrong or missing token and 404 for a source that does not take pushes', async () => {
      const body = g2File({ guid: 'urn:dpa:push:denied' });
      const wrong = await push('dpa', body, { authorization: 'Bearer another-secret-for-afp-feed', 'content-type': 'application/xml' });
      expect(wrong.status).toBe(401);
      expect((await errorOf(wrong)).code).toBe('HERALD_UNAUTHENTICATED');
      const missing = await running.get('/ingest/dpa', { method: 'POST', headers: { 'content-type': 'application/xml' }, body });
      expect(missing.status).toBe(401);
      const basic = await push('dpa', body, { authorization: `Basic ${Buffer.from(`dpa:${TOKEN}`).toString('base64')}` });
      expect(basic.status).toBe(401);
      for (const source of ['reuters', 'inbox']) {
        const unknown = await push(source, body, { 'content-type': 'application/xml' });
        expect(unknown.status, source).toBe(404);
        expect((await errorOf(unknown)).code).toBe('HERALD_NOT_FOUND');
      }
      expect(await running.app.store.getWireStory('urn:dpa:push:denied')).toBeNull();
    });

    it('quarantines a file the parsers refuse and still answers 200; an empty body is 400', async () => {
      const response = await push('dpa', '<html>oops</html>', { 'content-type': 'text/html' });
      expect(response.status).toBe(200);
      const { outcomes } = (await response.json()) as PushIngestResponse;
      expect(outcomes[0]).toMatchObject({ status: 'quarantined', reason: expect.any(String) });
      expect((await running.app.store.listQuarantine(1))[0]?.source).toBe('push:dpa');
      const empty = await push('dpa', undefined);
      expect(empty.status).toBe(400);
    });

    it('refuses a body over 10 MB with 413, but only after checking the token', async () => {
      const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x20);
      const anonymous = await running.get('/ingest/dpa', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: big });
      expect(anonymous.status).toBe(401);
      const response = await push('dpa', big, { 'content-type': 'application/xml' });
      expect(response.status).toBe(413);
      expect((await errorOf(response)).code).toBe('HERALD_PAYLOAD_TOO_LARGE');
    });
  });
}
