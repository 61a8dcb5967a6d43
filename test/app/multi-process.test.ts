/**
 * Several Herald processes on one store WITHOUT Redis (docs/adr/0008-cross-process-events.md),
 * on every store: events reach the other process through PostgreSQL NOTIFY or the SQLite outbox.
 * - a publish (here: an unpublish) through A purges B's cached page: B serves the new version;
 * - A killed, B keeps serving and publishing;
 * - `herald ingest` on the command line reaches the wire desk's event stream of a running server;
 * - HERALD_WORKERS=2: a change made on one worker purges the other worker's page cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../helpers/auth-client.js';
import { adminSession, getOnNewConnection, runHeraldCommand, startHerald, type HeraldProcess } from '../helpers/herald-process.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';
import { g2File } from '../wire/wire-files.js';

type Session = Awaited<ReturnType<typeof adminSession>>;

/** A published article made through `on`, and its public path. */
async function publishArticle(session: Session, on: string, sectionId: number, headline: string) {
  const draft = await session.call<{ id: number; revision: number }>('POST', '/api/admin/articles', { editionCode: 'en', sectionId, headline }, on);
  expect(draft.status).toBe(201);
  const published = await session.call<{ revision: number }>('POST', `/api/admin/articles/${draft.body.id}/publish`, { revision: draft.body.revision }, on);
  expect(published.status).toBe(200);
  return { id: draft.body.id, revision: published.body.revision };
}

/** The article's canonical page, found through the redirect a wrong slug gets. */
async function articleUrl(base: string, id: number): Promise<string> {
  const response = await fetch(new URL(`/en/x/a-${id}`, base), { redirect: 'manual' });
  const location = response.headers.get('location');
  expect(location).toBeTruthy();
  return new URL(new URL(location!, base).pathname, base).toString();
}

const WAIT = { timeout: 10_000, interval: 25 };

for (const kind of testStoreKinds) {
  describe(`several processes on one ${kind.name} store, without Redis`, () => {
    let handle: TestStore;
    const running: HeraldProcess[] = [];
    beforeAll(async () => {
      handle = await kind.open();
    });
    afterEach(async () => {
      for (const server of running.splice(0)) {
        server.child.kill('SIGKILL');
        await server.exited;
      }
    });
    afterAll(() => handle?.dispose());

    it('an unpublish through A reaches B\'s cached page; with A killed, B keeps serving', async () => {
      const a = await startHerald(handle);
      running.push(a);
      const b = await startHerald(handle);
      running.push(b);
      const user = await createTestUser(handle.store.accounts, { role: 'admin', email: `multi-${kind.name}@test.example` });
      const session = await adminSession(a.url, user.email, TEST_PASSWORD);
      const [section] = await handle.store.listSections('en');
      const article = await publishArticle(session, a.url, section!.id, 'Shown on every node');

      const onB = await articleUrl(b.url, article.id);
      // B renders the page and keeps it in its page cache (60 s): only a purge from A can change what it serves.
      for (let i = 0; i < 2; i++) {
        const page = await fetch(onB);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('Shown on every node');
      }
      const unpublished = await session.call('POST', `/api/admin/articles/${article.id}/unpublish`, { revision: article.revision }, a.url);
      expect(unpublished.status).toBe(200);
      let stale = 0;
      await vi.waitFor(async () => {
        const status = (await fetch(onB)).status;
        if (status === 200) stale++;
        expect(status).not.toBe(200);
      }, WAIT);
      console.log(`${kind.name}: B served the unpublished page ${stale} more time(s) before the purge arrived`);

      a.child.kill('SIGKILL');
      await a.exited;
      expect((await fetch(new URL('/en/', b.url))).status).toBe(200);
      // B takes writes on its own and serves them.
      const onlyB = await adminSession(b.url, user.email, TEST_PASSWORD);
      const later = await publishArticle(onlyB, b.url, section!.id, 'Published after A died');
      expect(await (await fetch(await articleUrl(b.url, later.id))).text()).toContain('Published after A died');
    });

    it('`herald ingest` on the command line reaches the desk event stream of a running server', async () => {
      const server = await startHerald(handle);
      running.push(server);
      const user = await createTestUser(handle.store.accounts, { role: 'editor', email: `desk-${kind.name}@test.example`, editionCodes: ['en'] });
      const session = await adminSession(server.url, user.email, TEST_PASSWORD);
      const controller = new AbortController();
      const stream = await fetch(new URL('/api/admin/wire/events', server.url), {
        headers: { cookie: session.cookie, accept: 'text/event-stream' }, signal: controller.signal,
      });
      expect(stream.status).toBe(200);
      const guid = `urn:test:cli-live-${kind.name}`;
      const heard = (async () => {
        const reader = stream.body!.getReader();
        let text = '';
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return false;
          text += new TextDecoder().decode(value);
          if (text.includes('event: wire.ingested') && text.includes(guid)) return true;
        }
      })();
      const file = path.join(handle.dataDir, 'cli-story.xml');
      fs.writeFileSync(file, g2File({ guid, headline: 'Arrived from the command line' }));
      const command = await runHeraldCommand(handle, ['ingest', file]);
      expect(command.output).toContain(`ingested ${guid} v1`);
      expect(command.code).toBe(0);
      expect(await heard).toBe(true);
      controller.abort();
    });

    it('HERALD_WORKERS=2: a change on one worker purges the other worker\'s page cache', async () => {
      const server = await startHerald(handle, { HERALD_WORKERS: '2' });
      running.push(server);
      const user = await createTestUser(handle.store.accounts, { role: 'admin', email: `cluster-${kind.name}@test.example` });
      const session = await adminSession(server.url, user.email, TEST_PASSWORD);
      const [section] = await handle.store.listSections('en');
      const article = await publishArticle(session, server.url, section!.id, 'Cached by both workers');
      const page = await articleUrl(server.url, article.id);
      // Both workers render and cache the page.
      const cachedBy = new Set<string>();
      await vi.waitFor(async () => {
        const response = await getOnNewConnection(page);
        expect(response.status).toBe(200);
        cachedBy.add(String(response.headers['x-herald-worker']));
        expect([...cachedBy].sort()).toEqual(['1', '2']);
      }, WAIT);
      const unpublished = await session.call('POST', `/api/admin/articles/${article.id}/unpublish`, { revision: article.revision }, server.url);
      expect(unpublished.status).toBe(200);
      // Until both workers have answered that it is gone.
      const gone = new Set<string>();
      await vi.waitFor(async () => {
        const response = await getOnNewConnection(page);
        if (response.status !== 200) gone.add(String(response.headers['x-herald-worker']));
        expect([...gone].sort()).toEqual(['1', '2']);
      }, WAIT);
      // The primary stops its workers on SIGTERM and exits cleanly.
      running.splice(running.indexOf(server), 1);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    });
  });
}
