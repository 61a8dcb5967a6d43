/**
 * The routes behind the structure and users screens, over HTTP on every store:
 * GET /api/admin/structure (editors, their editions), nesting and renaming a
 * section, renaming an agency, and the account changes the users screen makes.
 * Role refusals are 403, malformed bodies and broken rules 422.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StructureData } from '../../src/api/admin/contract.js';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

for (const kind of testStoreKinds) {
  describe(`structure admin API on ${kind.name}`, () => {
    let running: RunningApp;
    let admin: AdminClient;
    let editor: AdminClient;
    let reporter: AdminClient;
    beforeAll(async () => {
      running = await startTestApp(kind);
      admin = await signInAs(running, 'admin');
      editor = await signInAs(running, 'editor', { editionCodes: ['en'] });
      reporter = await signInAs(running, 'reporter', { editionCodes: ['en'] });
    });
    afterAll(async () => running?.stop());

    it('lists the structure for editors (their editions only) and admins (all), not for reporters', async () => {
      expect((await running.get('/api/admin/structure')).status).toBe(401);
      expect((await reporter.request('GET', '/api/admin/structure')).status).toBe(403);
      const mine = (await (await editor.request('GET', '/api/admin/structure')).json()) as StructureData;
      expect(mine.editions.map((e) => e.code)).toEqual(['en']);
      expect(new Set([...mine.sections, ...mine.topics].map((x) => x.editionCode))).toEqual(new Set(['en']));
      const all = (await (await admin.request('GET', '/api/admin/structure')).json()) as StructureData;
      expect(all.editions.map((e) => e.code).sort()).toEqual(['ar', 'de', 'en']);
      expect(all.authors.length).toBeGreaterThan(0);
      expect(all.sections[0]).toHaveProperty('description');
    });

    it('an admin nests a section under another of the same edition and the public menu follows; editors get 403', async () => {
      const created = await admin.request('POST', '/api/admin/sections', { editionCode: 'en', parentId: null, slug: 'gardening', name: 'Gardening' });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: number };
      const parent = (await running.app.store.listSections('en')).find((s) => s.parentId === null && s.id !== id)!;

      const refused = await editor.request('PATCH', `/api/admin/sections/${id}`, { parentId: parent.id });
      expect(refused.status).toBe(403);
      expect((await errorOf(refused)).code).toBe('HERALD_FORBIDDEN');

      const nested = await admin.request('PATCH', `/api/admin/sections/${id}`, { parentId: parent.id, name: 'Garden life', description: 'Soil and seeds' });
      expect(nested.status).toBe(200);
      expect(await nested.json()).toMatchObject({ parentId: parent.id, path: `${parent.path}/gardening`, name: 'Garden life', description: 'Soil and seeds' });
      // The site reloads its directory on curation.changed, after the answer; wait for the menu to follow.
      const menu = async () => {
        const html = await (await running.get('/en/')).text();
        return [html.includes(`href="/en/${parent.path}/gardening/"`), html.includes('href="/en/gardening/"')];
      };
      await expect.poll(menu, { timeout: 10_000, interval: 50 }).toEqual([true, false]);
    });

    it('nesting under a section of another edition, under a subsection or with a malformed body is 422', async () => {
      const created = await admin.request('POST', '/api/admin/sections', { editionCode: 'en', parentId: null, slug: 'crosswords', name: 'Crosswords' });
      const { id } = (await created.json()) as { id: number };
      const german = (await running.app.store.listSections('de')).find((s) => s.parentId === null)!;
      const foreign = await admin.request('PATCH', `/api/admin/sections/${id}`, { parentId: german.id });
      expect(foreign.status).toBe(422);
      expect((await errorOf(foreign)).message).toMatch(/not in the en edition/);
      const child = (await running.app.store.listSections('en')).find((s) => s.parentId !== null)!;
      expect((await admin.request('PATCH', `/api/admin/sections/${id}`, { parentId: child.id })).status).toBe(422);
      expect((await admin.request('PATCH', `/api/admin/sections/${id}`, { parentId: 'politics' })).status).toBe(422);
      expect((await admin.request('PATCH', `/api/admin/sections/${id}`, { slug: 'moved' })).status).toBe(422);
      expect((await running.app.store.listSections('en')).find((s) => s.id === id)).toMatchObject({ parentId: null, path: 'crosswords' });
    });

    it('an admin renames an agency; editors 403, an empty name 422, an unknown agency 404', async () => {
      const agency = (await running.app.store.listAgencies())[0]!;
      expect((await editor.request('PATCH', `/api/admin/agencies/${agency.id}`, { name: 'Renamed' })).status).toBe(403);
      expect((await admin.request('PATCH', `/api/admin/agencies/${agency.id}`, { name: '  ' })).status).toBe(422);
      expect((await admin.request('PATCH', `/api/admin/agencies/${agency.id}`, { code: 'NEW' })).status).toBe(422);
      expect((await admin.request('PATCH', '/api/admin/agencies/987654', { name: 'Nobody' })).status).toBe(404);
      const renamed = await admin.request('PATCH', `/api/admin/agencies/${agency.id}`, { name: 'Renamed Wire Service' });
      expect(renamed.status).toBe(200);
      expect(await renamed.json()).toMatchObject({ id: agency.id, code: agency.code, name: 'Renamed Wire Service' });
      const audit = await running.app.store.accounts.listAudit({ limit: 1, offset: 0 });
      expect(audit.items[0]).toMatchObject({ userId: admin.user.id, details: `changed agency ${agency.id}` });
    });

    it('the users screen\'s changes: editors 403; a short password 422 naming the rule; disabling ends the user\'s session', async () => {
      const target = await signInAs(running, 'reporter', { editionCodes: ['en'] });
      expect((await editor.request('PATCH', `/api/admin/users/${target.user.id}`, { disabled: true })).status).toBe(403);
      const short = await admin.request('PATCH', `/api/admin/users/${target.user.id}`, { password: 'short' });
      expect(short.status).toBe(422);
      expect((await target.request('GET', '/api/admin/session')).status).toBe(200);
      const changed = await admin.request('PATCH', `/api/admin/users/${target.user.id}`, { role: 'editor', editionCodes: ['en', 'de'] });
      expect(await changed.json()).toMatchObject({ role: 'editor', editionCodes: ['en', 'de'] });
      expect((await admin.request('PATCH', `/api/admin/users/${target.user.id}`, { disabled: true })).status).toBe(200);
      expect((await target.request('GET', '/api/admin/session')).status).toBe(401);
      expect((await admin.request('PATCH', `/api/admin/users/${admin.user.id}`, { disabled: true })).status).toBe(409);
    });
  });
}
