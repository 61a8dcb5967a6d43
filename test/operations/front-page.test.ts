/**
 * The edition home's pins (src/operations/front-page.ts) and how the home
 * resolves them (src/site/models/home-front-page.ts), on every store: who may
 * pin, what may be pinned, expiry against an injected clock, and pinned
 * articles that are not visible being skipped.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FrontPageChoices } from '../../src/domain/front-page.js';
import type { HeraldEvent } from '../../src/domain/events.js';
import { SYSTEM, type Role } from '../../src/domain/identity.js';
import type { OperationContext } from '../../src/operations/context.js';
import { createArticle } from '../../src/operations/create-article.js';
import { getFrontPageChoices, sectionBlocks, setFrontPage } from '../../src/operations/front-page.js';
import { unpublishArticle } from '../../src/operations/workflow-transitions.js';
import { resolveFrontPage } from '../../src/site/models/home-front-page.js';
import { actingAs, recordingContext } from '../helpers/operation-context.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const paragraph = { type: 'paragraph' as const, spans: [{ text: 'Text.' }] };
const none: FrontPageChoices = { topStory: null, leads: [], sectionLeads: {} };
const pin = (articleId: number, expiresAt: string | null = null) => ({ articleId, expiresAt });

for (const kind of testStoreKinds) {
  describe(`front-page pins on ${kind.name}`, () => {
    let handle: TestStore;
    let ids: FixtureIds;
    let ctx: OperationContext;
    let clock: Date;
    let events: HeraldEvent[];
    const person = (role: Role, editionCodes: string[]) => actingAs(handle.store, role, editionCodes);
    /** Published articles one hour apart, the last one newest. */
    let hour = 0;
    const published = async (headline: string, extra: { sectionId?: number; editionCode?: 'en' | 'ar'; embargoUntil?: string } = {}) =>
      createArticle(ctx, {
        editionCode: extra.editionCode ?? 'en',
        sectionId: extra.sectionId ?? (extra.editionCode === 'ar' ? ids.otherSectionId : ids.sectionId),
        headline, body: [paragraph],
        publishedAt: new Date(Date.parse('2026-06-01T00:00:00.000Z') + ++hour * 3_600_000).toISOString(),
        ...(extra.embargoUntil ? { embargoUntil: extra.embargoUntil } : {}),
      }, SYSTEM);
    const resolve = async () => {
      const blocks = sectionBlocks(await handle.store.listSections('en'));
      return resolveFrontPage(handle.store, { editionCode: 'en', now: clock.toISOString(), blocks, latestCount: 8, perSection: 4 });
    };

    beforeEach(async () => {
      handle = await kind.open();
      ids = await insertFixtureNewsroom(handle.store);
      clock = new Date('2026-06-02T12:00:00.000Z');
      ({ ctx, events } = recordingContext(handle.store, () => clock));
    });
    afterEach(async () => handle.dispose());

    it('without pins the home is by recency: the newest article leads', async () => {
      const older = await published('Older');
      const newer = await published('Newer');
      const r = await resolve();
      expect(r.top?.id).toBe(newer);
      expect(r.topPinned).toBe(false);
      expect(r.leads).toEqual([]);
      expect(r.latest.map((s) => s.id)).toEqual([older]);
    });

    it('pins the top story and ordered leads; the rest fills in by recency; audited and announced', async () => {
      const [a, b, c, d] = [await published('A'), await published('B'), await published('C'), await published('D')];
      const editor = await person('editor', ['en']);
      await setFrontPage(ctx, 'en', { topStory: pin(a), leads: [pin(c), pin(b)], sectionLeads: {} }, editor);
      const r = await resolve();
      expect(r.top?.id).toBe(a);
      expect(r.topPinned).toBe(true);
      expect(r.leads.map((s) => s.id)).toEqual([c, b]);
      expect(r.latest.map((s) => s.id)).toEqual([d]);
      expect(events).toContainEqual({ type: 'front_page.changed', editionCode: 'en', at: clock.toISOString() });
      const { items } = await handle.store.accounts.listAudit({ limit: 5, offset: 0 });
      expect(items.find((e) => e.action === 'curated')?.details).toBe(`set the front page of en: top #${a}; leads #${c}, #${b}`);
      expect(await getFrontPageChoices(ctx, 'en', editor)).toEqual({ topStory: pin(a), leads: [pin(c), pin(b)], sectionLeads: {} });
    });

    it('a section block leads with its pinned article, then the newest of the section', async () => {
      const inChild = await published('In Europe', { sectionId: ids.childSectionId });
      const others = [await published('W1'), await published('W2')];
      const editor = await person('editor', ['en']);
      await setFrontPage(ctx, 'en', { ...none, sectionLeads: { [ids.sectionId]: pin(inChild) } }, editor);
      const r = await resolve();
      const block = r.sections.find((s) => s.sectionId === ids.sectionId);
      expect(block?.leadPinned).toBe(true);
      expect(block?.items[0]?.id).toBe(inChild);
      // Shown once: the pinned section lead is not repeated in the top or latest.
      expect([r.top?.id, ...r.latest.map((s) => s.id)]).not.toContain(inChild);
      expect(r.top?.id).toBe(others[1]);
    });

    it('a pin expires at its time (injected clock): the slot is automatic again', async () => {
      const old = await published('Old news');
      const newest = await published('Newest');
      const editor = await person('editor', ['en']);
      await setFrontPage(ctx, 'en', { ...none, topStory: pin(old, '2026-06-02T13:00:00.000Z') }, editor);
      expect((await resolve()).top?.id).toBe(old);
      clock = new Date('2026-06-02T12:59:59.999Z');
      expect((await resolve()).top?.id).toBe(old);
      clock = new Date('2026-06-02T13:00:00.000Z');
      const after = await resolve();
      expect(after.top?.id).toBe(newest);
      expect(after.topPinned).toBe(false);
      expect(after.latest.map((s) => s.id)).toContain(old);
    });

    it('skips a pinned article that was unpublished, or is under embargo, and never shows it', async () => {
      const gone = await published('Withdrawn');
      const embargoed = await published('Embargoed', { embargoUntil: '2026-06-03T00:00:00.000Z' });
      const fill = await published('Fill');
      const editor = await person('editor', ['en']);
      await setFrontPage(ctx, 'en', { ...none, topStory: pin(gone), leads: [pin(embargoed)] }, editor);
      await unpublishArticle(ctx, { articleId: gone, expectedRevision: (await handle.store.getArticle(gone))!.revision, actor: editor });
      const r = await resolve();
      expect(r.top?.id).toBe(fill);
      expect(r.leads).toEqual([]);
      const shown = [r.top?.id, ...r.latest.map((s) => s.id), ...r.sections.flatMap((b) => b.items.map((s) => s.id))];
      expect(shown).not.toContain(gone);
      expect(shown).not.toContain(embargoed);
      clock = new Date('2026-06-03T00:00:00.000Z'); // the embargo lifts: the pin takes effect
      expect((await resolve()).leads.map((s) => s.id)).toEqual([embargoed]);
    });

    it('refuses reporters and editors of another edition; admins may pin anywhere', async () => {
      const a = await published('A');
      const reporter = await person('reporter', ['en']);
      const arEditor = await person('editor', ['ar']);
      await expect(setFrontPage(ctx, 'en', { ...none, topStory: pin(a) }, reporter)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      await expect(setFrontPage(ctx, 'en', { ...none, topStory: pin(a) }, arEditor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN', message: expect.stringContaining('en edition') });
      await expect(getFrontPageChoices(ctx, 'en', reporter)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      expect(await handle.store.frontPage.listPins('en')).toEqual([]);
      expect(events.filter((e) => e.type === 'front_page.changed')).toEqual([]);
      await setFrontPage(ctx, 'en', { ...none, topStory: pin(a) }, await person('admin', []));
      expect((await handle.store.frontPage.listPins('en')).map((p) => p.articleId)).toEqual([a]);
    });

    it('refuses what cannot be pinned with a 422 naming the field, and keeps the old pins', async () => {
      const a = await published('A');
      const b = await published('B');
      const arabic = await published('Arabic', { editionCode: 'ar' });
      const draft = await createArticle(ctx, { editionCode: 'en', sectionId: ids.sectionId, headline: 'Draft', body: [paragraph] }, SYSTEM);
      const editor = await person('editor', ['en', 'ar']);
      await setFrontPage(ctx, 'en', { ...none, topStory: pin(a) }, editor);
      const refused = async (choices: FrontPageChoices, message: string) => {
        const error = await setFrontPage(ctx, 'en', choices, editor).then(() => null, (e: unknown) => e);
        expect(error).toMatchObject({ code: 'HERALD_VALIDATION', status: 422 });
        expect((error as Error).message).toContain(message);
      };
      await refused({ ...none, topStory: pin(draft) }, 'topStory: "Draft" is draft; only published articles');
      await refused({ ...none, leads: [pin(b), pin(arabic)] }, 'leads[1]: "Arabic" belongs to the ar edition');
      await refused({ ...none, topStory: pin(b), leads: [pin(b)] }, 'leads[0]: article');
      await refused({ ...none, leads: [pin(999_999)] }, 'leads[0]: there is no article 999999');
      await refused({ ...none, leads: [pin(b, '2026-06-02T11:00:00.000Z')] }, 'leads[0].expiresAt: this time has already passed');
      await refused({ ...none, leads: [pin(b, 'soon')] }, 'leads[0].expiresAt');
      await refused({ ...none, leads: [1, 2, 3, 4, 5].map((n) => pin(n)) }, 'leads: pin at most 4 leads');
      await refused({ ...none, sectionLeads: { [ids.childSectionId]: pin(b) } }, `sectionLeads.${ids.childSectionId}: section`);
      await refused({ ...none, sectionLeads: { [ids.otherSectionId]: pin(b) } }, `sectionLeads.${ids.otherSectionId}`);
      expect((await handle.store.frontPage.listPins('en')).map((p) => [p.slot, p.articleId])).toEqual([['top', a]]);
    });

    it('a deleted article takes its pin with it', async () => {
      const a = await published('A');
      const editor = await person('editor', ['en']);
      await setFrontPage(ctx, 'en', { ...none, leads: [pin(a)] }, editor);
      await handle.store.transaction((tx) => tx.deleteArticle(a));
      expect(await handle.store.frontPage.listPins('en')).toEqual([]);
    });
  });
}
