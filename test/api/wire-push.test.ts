/**
 * POST /ingest/{source} on every store: the source's token (right, wrong,
 * missing), unknown sources, any content type as raw bytes, quarantined
 * files, an empty body, the 10 MB limit, malformed file-name headers (never a
 * 500) and files with absurd markup (quarantined with the reason).
 */
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushIngestResponse } from '../../src/api/admin/wire-contract.js';
import { wireFileName } from '../../src/api/ingest/push-routes.js';
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
    it('never answers 500 for a malformed file name: it falls back to a readable name', async () => {
      const cases: [Record<string, string>, string | RegExp][] = [
        [{ 'content-disposition': "attachment; filename*=UTF-8''%E0%A4%A" }, /^push-dpa-\d{8}T\d{9}Z$/],
        [{ 'content-disposition': "attachment; filename*=UTF-8''%E0%A4%A; filename=\"plain.xml\"" }, 'plain.xml'],
        [{ 'content-disposition': 'attachment; filename*=bogus' }, /^push-dpa-/],
        [{ 'content-disposition': "attachment; filename*=UTF-8''%FF%FE.xml" }, /^push-dpa-/],
        [{ 'content-disposition': "attachment; filename*=UTF-8''caf%C3%A9%00.xml" }, 'café.xml'],
        [{ 'content-disposition': "attachment; filename*=ISO-8859-1'de'M%FCnchen.xml" }, 'München.xml'],
        [{ 'x-wire-filename': 'x'.repeat(10 * 1024) }, /^push-dpa-/],
        [{ 'content-disposition': `attachment; filename="${'y'.repeat(10 * 1024)}"` }, /^push-dpa-/],
        [{ 'x-wire-filename': '../../etc/passwd' }, 'passwd'],
      ];
      for (const [i, [headers, expected]] of cases.entries()) {
        const response = await push('dpa', g2File({ guid: `urn:dpa:push:name:${i}` }), { 'content-type': 'application/xml', ...headers });
        expect(response.status, JSON.stringify(headers).slice(0, 80)).toBe(200);
        const file = ((await response.json()) as PushIngestResponse).outcomes[0]?.file;
        if (typeof expected === 'string') expect(file).toBe(expected);
        else expect(file).toMatch(expected);
      }
    });

    it('answers a header with a NUL byte with 400, never 500', async () => {
      // fetch refuses to send NUL in a header, so this goes over a raw socket.
      const { port } = new URL(running.baseUrl);
      const body = g2File({ guid: 'urn:dpa:push:nul' });
      const status = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => {
          socket.end(
            `POST /ingest/dpa HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nX-Wire-Filename: a\u0000b.xml\r\n` +
              `Content-Type: application/xml\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
          );
        });
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
        socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
        socket.on('error', reject);
      });
      expect(status).toMatch(/^HTTP\/1\.1 400/);
      expect(await running.app.store.getWireStory('urn:dpa:push:nul')).toBeNull();
    });

    it('quarantines a file with absurd markup with the reason, without parsing it', async () => {
      const attributes = Array.from({ length: 300_000 }, (_, i) => `a${i}="1"`).join(' ');
      const file = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:dpa:push:attrs" version="1"><itemMeta ${attributes}/></newsItem>`;
      const response = await push('dpa', file, { 'content-type': 'application/xml', 'x-wire-filename': 'attrs.xml' });
      expect(response.status).toBe(200);
      const reason = 'An element has more than 64 attributes; files with that much markup are not parsed.';
      expect(((await response.json()) as PushIngestResponse).outcomes).toEqual([{ file: 'attrs.xml', status: 'quarantined', reason }]);
      expect((await running.app.store.listQuarantine(1))[0]).toMatchObject({ fileName: 'attrs.xml', code: 'too_large', reason });
    });
  });
}

describe('wire file names from push headers', () => {
  const now = new Date('2026-06-01T12:00:00.000Z');
  it('prefers X-Wire-Filename, then filename*, then filename, then a made-up name', () => {
    expect(wireFileName({ 'x-wire-filename': 'a.xml', 'content-disposition': 'attachment; filename=b.xml' }, 'dpa', now)).toBe('a.xml');
    expect(wireFileName({ 'content-disposition': "attachment; filename=b.xml; filename*=UTF-8''%C3%BC.xml" }, 'dpa', now)).toBe('ü.xml');
    expect(wireFileName({ 'content-disposition': 'filename="q\\"uoted.xml"' }, 'dpa', now)).toBe('q"uoted.xml');
    expect(wireFileName({ 'content-disposition': 'attachment' }, 'dpa', now)).toBe('push-dpa-20260601T120000000Z');
    expect(wireFileName({ 'x-wire-filename': ' .. ' }, 'dpa', now)).toBe('push-dpa-20260601T120000000Z');
  });
});
