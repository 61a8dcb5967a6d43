/**
 * Anything a crawler or an attacker can send gets a 404 or 400 with the site's
 * chrome: never a 500, never a stack trace.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const hostileUrls: [string, 400 | 404][] = [
  ['/xx/', 404],
  ['/zz/politics/', 404],
  ['/en/no-such-section/', 404],
  ['/en/no/such/deep/section/', 404],
  ['/en/topic/no-such-topic/', 404],
  ['/en/slug/a-999999999', 404],
  ['/en/slug/a-0', 404],
  ['/en/slug/a-123456789012345678901234567890', 404],
  ['/en/slug/a-abc', 404],
  ['/en/slug/a--1', 404],
  ['/en/%D8%B9%D8%B1%D8%A8%D9%8A/', 404],
  ['/en/caf%C3%A9/a-1x', 404],
  ['/en/%E0%A4%A', 400],
  ['/en/%zz/', 400],
  ['/p/%ff%fe', 400],
  ['/p/abc', 404],
  ['/p/../../etc/passwd', 404],
  ['/en/<script>alert(1)</script>/', 404],
  [`/en/${'a'.repeat(5000)}/`, 404],
  [`/en/${'deep/'.repeat(2000)}`, 404],
  ['/en/world/?page=0', 400],
  ['/en/world/?page=-1', 400],
  ['/en/world/?page=abc', 400],
  ['/en/world/?page=1.5', 400],
  ['/en/world/?page=99999999999', 404],
  ['/en/world/?page=9999999999999999999999', 400],
];

function rawRequest(port: number, requestLine: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('utf8')));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}

for (const kind of testStoreKinds) {
  describe(`hostile URLs on ${kind.name}`, () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startTestApp(kind);
    });
    afterAll(async () => running.stop());

    it.each(hostileUrls)('%s → %i with site chrome and no internals', async (url, status) => {
      const response = await running.get(url);
      expect(response.status).toBe(status);
      const html = await response.text();
      expect(html).toMatch(/<nav[^>]*id="main-menu"/);
      expect(html).toMatch(/<h1[\s>]/);
      expect(html).not.toMatch(/\bat [\w.<>]+ \(|node_modules|Error:|SQLITE|stack/);
      expect(html).not.toContain('<script>alert');
    });

    it('answers an over-long request line with an HTML error, not a crash', async () => {
      const port = Number(new URL(running.baseUrl).port);
      const reply = await rawRequest(port, `GET /en/${'x'.repeat(70 * 1024)} HTTP/1.1`);
      expect(reply).toMatch(/^HTTP\/1\.1 (400|404|414|431)/);
      expect(reply).toContain('<html');
      expect((await running.get('/en/')).status).toBe(200);
    });

    it('answers a malformed request line with 400', async () => {
      const port = Number(new URL(running.baseUrl).port);
      const reply = await rawRequest(port, 'GET /en/ HTTP/9.9 extra');
      expect(reply).toMatch(/^HTTP\/1\.1 400/);
    });

    it('supports HEAD and refuses other methods on pages without a 500', async () => {
      const head = await running.get('/en/', { method: 'HEAD' });
      expect(head.status).toBe(200);
      const post = await running.get('/en/', { method: 'POST', body: 'x' });
      expect(post.status).toBe(404);
    });
  });
}
