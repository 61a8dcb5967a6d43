import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAdminUi } from '../../src/http/admin-ui-routes.js';

let dist: string;
let app: FastifyInstance;

function server(distDir: string): FastifyInstance {
  const instance = Fastify();
  instance.addHook('onRequest', (_request, reply, done) => {
    reply.header('content-security-policy', "script-src 'none'");
    done();
  });
  registerAdminUi(instance, { distDir });
  instance.get('/*', async () => 'site page');
  return instance;
}

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-admin-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/admin/assets/index-Ab12.js"></script>');
  fs.writeFileSync(path.join(dist, 'assets', 'index-Ab12.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dist, 'assets', 'index-Cd34.css'), 'body{}');
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  fs.writeFileSync(path.join(dist, 'secret.env'), 'no');
  app = server(dist);
  await app.ready();
});

afterAll(async () => {
  await app.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('serving the editor app at /admin', () => {
  it.each(['/admin', '/admin/', '/admin/articles/12', '/admin/images?page=2', '/admin/articles/new'])('answers %s with the app', async (url) => {
    const response = await app.inject(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.body).toContain('<div id="root">');
  });

  it('serves hashed assets for a year with their type', async () => {
    const js = await app.inject('/admin/assets/index-Ab12.js');
    expect(js.statusCode).toBe(200);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log(1)');
    const css = await app.inject('/admin/assets/index-Cd34.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const icon = await app.inject('/admin/favicon.svg');
    expect(icon.headers['content-type']).toBe('image/svg+xml');
  });

  it('does not answer a missing asset or a path outside the build with the app', async () => {
    for (const url of ['/admin/assets/index-Zz99.js', '/admin/assets/..%2Fsecret.env', '/admin/assets/.hidden.js', '/admin/assets/x/y.js'])
      expect((await app.inject(url)).statusCode, url).toBe(404);
    const secret = await app.inject('/admin/secret.env');
    expect(secret.body).not.toBe('no');
  });

  it('leaves the rest of the site alone', async () => {
    expect((await app.inject('/administration')).body).toBe('site page');
    expect((await app.inject('/en/')).body).toBe('site page');
  });

  it('explains how to build the app when it is missing, and picks up a build made later', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-admin-empty-'));
    const bare = server(empty);
    const response = await bare.inject('/admin/articles/3');
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('npm run build');
    // Built while the server runs: picked up without a restart.
    fs.writeFileSync(path.join(empty, 'index.html'), '<!doctype html><p>built</p>');
    expect((await bare.inject('/admin')).body).toContain('built');
    // Rebuilt (new hashed asset names in a new index.html): served without a restart.
    fs.writeFileSync(path.join(empty, 'index.html'), '<!doctype html><p>rebuilt</p>');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(empty, 'index.html'), later, later);
    expect((await bare.inject('/admin/images')).body).toContain('rebuilt');
    await bare.close();
    fs.rmSync(empty, { recursive: true, force: true });
  });
});
