/**
 * Serves the editor app (admin/, built by `npm run build` into admin/dist):
 * `/admin` and every `/admin/*` path answer with its index.html (the app
 * routes in the browser), hashed files under `/admin/assets/` are cached for
 * a year, and a missing build is a clear 503 page saying how to make it.
 * The app is the one place that runs JavaScript, so its pages carry their own
 * Content-Security-Policy allowing same-origin scripts (the site's refuses all).
 * index.html is re-read when the build changes, so rebuilding needs no restart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { IMMUTABLE } from './security-headers.js';

export interface AdminUiOptions {
  /** The built app; defaults to admin/dist in this checkout. */
  distDir?: string;
}

export const DEFAULT_ADMIN_DIST = fileURLToPath(new URL('../../admin/dist/', import.meta.url));

export const ADMIN_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** One path segment, no dot-files, no traversal. */
const SAFE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

const MISSING_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Herald editor not built</title></head>
<body>
<h1>The Herald editor has not been built yet</h1>
<p>The editor app is a separate build. Run <code>npm run build</code> in the Herald folder
(<code>npm install</code> runs it too), then reload this page.</p>
</body></html>`;

interface LoadedFile {
  body: Buffer;
  type: string;
}

export function registerAdminUi(app: FastifyInstance, options: AdminUiOptions = {}): void {
  const distDir = path.resolve(options.distDir ?? DEFAULT_ADMIN_DIST);
  const assetsDir = path.join(distDir, 'assets');
  const files = new Map<string, LoadedFile>();

  /** A file of the build, read once and kept (hashed names never change content). */
  const load = async (dir: string, name: string): Promise<LoadedFile | null> => {
    const type = CONTENT_TYPES[path.extname(name).toLowerCase()];
    if (!SAFE_FILE.test(name) || !type) return null;
    const key = `${dir}/${name}`;
    const cached = files.get(key);
    if (cached) return cached;
    const body = await fs.promises.readFile(path.join(dir, name)).catch(() => null);
    if (!body) return null;
    const file = { body, type };
    files.set(key, file);
    return file;
  };

  // Read at start-up, and again when the build changes (`npm run build` while the server runs).
  const indexPath = path.join(distDir, 'index.html');
  const readIndex = () => {
    try {
      return { html: fs.readFileSync(indexPath), mtimeMs: fs.statSync(indexPath).mtimeMs };
    } catch {
      return null;
    }
  };
  let index = readIndex();
  const currentIndex = async (): Promise<Buffer | null> => {
    const stat = await fs.promises.stat(indexPath).catch(() => null);
    if (!stat) return null;
    if (!index || stat.mtimeMs !== index.mtimeMs) index = readIndex();
    return index?.html ?? null;
  };

  const sendApp = async (reply: FastifyReply) => {
    reply.header('content-security-policy', ADMIN_CSP).header('x-robots-tag', 'noindex, nofollow');
    const html = await currentIndex();
    if (!html)
      return reply.code(503).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(MISSING_BUILD_PAGE);
    return reply.code(200).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  };

  app.get('/admin/assets/:file', async (request: FastifyRequest, reply: FastifyReply) => {
    const file = await load(assetsDir, (request.params as { file: string }).file);
    if (!file) {
      reply.callNotFound();
      return reply;
    }
    return reply.header('cache-control', IMMUTABLE).type(file.type).send(file.body);
  });

  app.get('/admin', async (_request, reply) => sendApp(reply));

  app.get('/admin/*', async (request: FastifyRequest, reply: FastifyReply) => {
    const rest = (request.params as { '*': string })['*'] ?? '';
    if (rest.startsWith('assets/')) {
      reply.callNotFound();
      return reply;
    }
    // Files at the top of the build (favicon, robots.txt) are served as they are.
    if (rest !== 'index.html' && !rest.includes('/')) {
      const file = await load(distDir, rest);
      if (file) return reply.header('cache-control', 'public, max-age=3600').type(file.type).send(file.body);
    }
    return sendApp(reply);
  });
}
