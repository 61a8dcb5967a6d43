/** Editors curate "In focus" and the menu; admins add sections and topics; the public site follows at once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, login, type AdminClient } from '../helpers/auth-client.js';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

describe('curation API', () => {
  let running: RunningApp;
  let editor: AdminClient;
  let admin: AdminClient;
  let reporter: AdminClient;

  beforeAll(async () => {
    running = await startTestApp(testStoreKinds[0]!);
    const accounts = running.app.store.accounts;
    const make = async (role: 'editor' | 'admin' | 'reporter') => {
      const u = await createTestUser(accounts, { role, editionCodes: ['en'] });
      return login(running, u.email, u.password);
    };
    [editor, admin, reporter] = [await make('editor'), await make('admin'), await make('reporter')];
  });
  afterAll(async () => running.stop());

  const focusLinks = async () => {
    const html = await (await running.get('/en/')).text();
    const bar = html.match(/<nav[^>]*aria-label="In focus"[\s\S]*?<\/nav>/)?.[0] ?? '';
    return allMatches(bar, /href="\/en\/topic\/([^"/]+)\/"/);
  };

  it('reorders the "In focus" bar and the public page shows the new order on the next request', async () => {
    const topics = await running.app.store.listTopics('en');
    const chosen = [topics[3]!, topics[0]!];
    const response = await editor.request('PUT', '/api/admin/editions/en/focus', { topicIds: chosen.map((t) => t.id) });
    expect(response.status).toBe(200);
    expect(await focusLinks()).toEqual(chosen.map((t) => t.slug));
    expect((await reporter.request('PUT', '/api/admin/editions/en/focus', { topicIds: [] })).status).toBe(403);
    expect((await editor.request('PUT', '/api/admin/editions/de/focus', { topicIds: [] })).status).toBe(403);
    const foreign = (await running.app.store.listTopics('de'))[0]!.id;
    expect((await editor.request('PUT', '/api/admin/editions/en/focus', { topicIds: [foreign] })).status).toBe(422);
  });

  it('reorders sections in the menu', async () => {
    const sections = await running.app.store.listSections('en');
    const reversed = [...sections].reverse().map((s) => s.id);
    expect((await editor.request('PUT', '/api/admin/editions/en/section-order', { sectionIds: reversed })).status).toBe(200);
    const html = await (await running.get('/en/')).text();
    const menu = html.match(/<nav[^>]*id="main-menu"[\s\S]*?<\/nav>/)?.[0] ?? '';
    const roots = [...sections].reverse().filter((s) => s.parentId === null).map((s) => `/en/${s.path}/`);
    const shown = allMatches(menu, /href="(\/en\/[a-z-]+\/)"/).filter((h) => roots.includes(h));
    expect(shown).toEqual(roots);
    expect((await editor.request('PUT', '/api/admin/editions/en/section-order', { sectionIds: reversed.slice(1) })).status).toBe(422);
  });

  it('lets an admin add a nested section and a topic, and nobody else', async () => {
    const world = (await running.app.store.listSections('en')).find((s) => s.path === 'world')!;
    const payload = { editionCode: 'en', parentId: world.id, slug: 'oceania', name: 'Oceania' };
    expect((await editor.request('POST', '/api/admin/sections', payload)).status).toBe(403);
    const created = await admin.request('POST', '/api/admin/sections', payload);
    expect(created.status).toBe(201);
    expect((await running.get('/en/world/oceania/')).status).toBe(200);
    expect((await admin.request('POST', '/api/admin/sections', payload)).status).toBe(409);
    const deeper = await admin.request('POST', '/api/admin/sections', { ...payload, parentId: ((await created.json()) as { id: number }).id, slug: 'fiji' });
    expect(deeper.status).toBe(422);
    expect((await admin.request('POST', '/api/admin/topics', { editionCode: 'en', slug: 'ocean-science', name: 'Ocean science' })).status).toBe(201);
    expect((await running.get('/en/topic/ocean-science/')).status).toBe(200);
  });
});
