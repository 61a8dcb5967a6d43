/**
 * Live coverage across nodes: two real Herald processes on one store WITHOUT
 * Redis (docs/adr/0008-cross-process-events.md), on every store. An entry
 * added through A's admin API reaches a reader's event stream open on B
 * (through the SQLite outbox or PostgreSQL NOTIFY), and B's cached article
 * page shows it afterwards. Waits are for stream data and conditions, never
 * fixed sleeps.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, TEST_PASSWORD } from '../helpers/auth-client.js';
import { adminSession, startHerald, type HeraldProcess } from '../helpers/herald-process.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const paragraph = (text: string) => [{ type: 'paragraph' as const, spans: [{ text }] }];

/** An open event stream, read as it arrives (the test's own timeout bounds every wait). */
async function openStream(url: string) {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  return {
    response,
    async until(predicate: (received: string) => boolean): Promise<string> {
      while (!predicate(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before the expected data; received: ${text}`);
        text += decoder.decode(value, { stream: true });
      }
      return text;
    },
    close: () => controller.abort(),
  };
}

/** The seeded demo's live coverage article of an edition. */
async function demoLiveArticle(handle: TestStore, edition: string) {
  const { rows } = await handle.store.searchArticles({ editionCodes: [edition], limit: 500, offset: 0 });
  for (const row of rows) {
    if (!(await handle.store.live.getLiveCoverage(row.id))) continue;
    const article = (await handle.store.getArticle(row.id))!;
    return { id: row.id, path: `/${edition}/${encodeURIComponent(article.slug)}/a-${row.id}` };
  }
  throw new Error(`the demo ${edition} edition has no live coverage article`);
}

for (const kind of testStoreKinds) {
  describe(`live coverage across two processes on one ${kind.name} store, without Redis`, () => {
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

    it('an entry added through A arrives on a reader\'s stream open on B, and B\'s cached page shows it', async () => {
      const a = await startHerald(handle); // seeds the demo newsroom into the empty store
      running.push(a);
      const b = await startHerald(handle);
      running.push(b);
      const live = await demoLiveArticle(handle, 'en');
      const editor = await createTestUser(handle.store.accounts, { role: 'editor', email: `live-${kind.name}@test.example`, editionCodes: ['en'] });
      const session = await adminSession(a.url, editor.email, TEST_PASSWORD);

      // B renders the page and keeps it in its page cache: only a purge from A can change what it serves.
      const pageOnB = new URL(live.path, b.url);
      const first = await fetch(pageOnB);
      expect(first.status).toBe(200);
      await first.arrayBuffer();
      const before = await fetch(pageOnB);
      expect(before.headers.get('x-cache')).toBe('HIT');
      const newest = Math.max(...[...(await before.text()).matchAll(/id="entry-(\d+)"/g)].map((m) => Number(m[1])));

      const stream = await openStream(new URL(`/en/live/${live.id}/events?after=${newest}`, b.url).toString());
      try {
        expect(stream.response.status).toBe(200);
        expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
        await stream.until((t) => t.includes('retry:'));
        const sentAt = performance.now();
        const added = await session.call<{ id: number }>('POST', `/api/admin/articles/${live.id}/live/entries`, { body: paragraph('Reported through node A') }, a.url);
        expect(added.status).toBe(201);
        const entryId = added.body.id;
        const received = await stream.until((t) => t.includes(`"id":${entryId}`));
        console.log(`${kind.name}: the entry reached B's stream ${Math.round(performance.now() - sentAt)} ms after A was asked to add it`);
        const event = received.split('\n\n').find((block) => block.includes(`"id":${entryId}`))!;
        expect(event).toContain('event: entry');
        const data = JSON.parse(/data: (.*)/.exec(event)![1]!) as { html: string };
        expect(data.html).toContain(`id="entry-${entryId}"`);
        expect(data.html).toContain('Reported through node A');
        // B's purge listener hears the same event before the stream could render it, so B's page shows it now.
        const after = await fetch(pageOnB);
        expect(after.status).toBe(200);
        expect(after.headers.get('x-cache')).toBe('MISS');
        expect(await after.text()).toContain(`id="entry-${entryId}"`);
      } finally {
        stream.close();
      }
    }, 120_000);
  });
}
