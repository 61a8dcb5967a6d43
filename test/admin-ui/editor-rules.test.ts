import { describe, expect, it } from 'vitest';
import type { AdminArticle, ReferenceData } from '../../src/api/admin/contract.js';
import { filtersFromSearch, filtersToApiQuery, filtersToSearch } from '../../admin/src/articles/list-filters.js';
import { bodyPublishProblems, missingImageFields } from '../../admin/src/body/body-checks.js';
import { isSafeHref, normalizeHref } from '../../admin/src/body/doc-types.js';
import { plainTextToBlocks } from '../../admin/src/body/text-to-blocks.js';
import { createBlocker, emptyDraft, fieldsFromArticle, sameDraft, toArticleFields } from '../../admin/src/editor/article-fields.js';
import { bylinePreview } from '../../admin/src/editor/byline-preview.js';
import { createDraftStore, draftKey } from '../../admin/src/editor/draft-store.js';
import { headlineHint } from '../../admin/src/editor/headline-hint.js';
import { availableActions } from '../../admin/src/editor/workflow-actions.js';
import { matchRoute, routePath } from '../../admin/src/lib/routes.js';

const reference: Pick<ReferenceData, 'authors' | 'agencies'> = {
  authors: [
    { id: 1, name: 'Erika Schmidt', initials: 'es' },
    { id: 2, name: 'Wiebke Marie Dörr', initials: 'wmd' },
  ],
  agencies: [
    { id: 10, code: 'AFP', name: 'Agence France-Presse' },
    { id: 11, code: 'dpa', name: 'Deutsche Presse-Agentur' },
  ],
};

describe('headline length hint', () => {
  it('is fine up to 70 characters, long past 70 and too long past 90', () => {
    expect(headlineHint('a'.repeat(70)).level).toBe('ok');
    expect(headlineHint('a'.repeat(71)).level).toBe('long');
    expect(headlineHint('a'.repeat(90)).level).toBe('long');
    expect(headlineHint('a'.repeat(91))).toMatchObject({ level: 'too-long', length: 91 });
  });
  it('counts characters, not UTF-16 units, and ignores outer spaces', () => {
    expect(headlineHint('  😀😀 ').length).toBe(2);
    expect(headlineHint('عاجل: '.repeat(10)).length).toBe(59);
  });
});

describe('byline preview', () => {
  it('joins initials with / and agency codes in parentheses, in the chosen order', () => {
    expect(bylinePreview(reference, [1, 2], [10, 11])).toBe('es/wmd (AFP, dpa)');
    expect(bylinePreview(reference, [2], [])).toBe('wmd');
    expect(bylinePreview(reference, [], [11])).toBe('(dpa)');
    expect(bylinePreview(reference, [99], [])).toBe('');
  });
});

describe('workflow buttons by role and status', () => {
  it('never offers a reporter anything that publishes', () => {
    for (const status of ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const)
      expect(availableActions('reporter', status).filter((a) => a !== 'submit')).toEqual([]);
    expect(availableActions('reporter', 'draft')).toEqual(['submit']);
    expect(availableActions('reporter', 'in_review')).toEqual([]);
    // An unpublished article is only an editor's to change (src/operations: HERALD_FORBIDDEN for a reporter).
    expect(availableActions('reporter', 'unpublished')).toEqual([]);
  });
  it('offers editors and admins publish, schedule, unpublish and correction where they apply', () => {
    expect(availableActions('editor', 'draft')).toEqual(['publish', 'schedule']);
    expect(availableActions('editor', 'in_review')).toEqual(['publish', 'schedule', 'send-back']);
    expect(availableActions('admin', 'scheduled')).toEqual(['publish', 'schedule', 'unpublish']);
    expect(availableActions('editor', 'published')).toEqual(['correct', 'unpublish']);
  });
});

describe('what must be filled in before publishing', () => {
  it('names each image missing alt text, caption or credit, and embeds without a title', () => {
    expect(missingImageFields({ alt: ' ', caption: 'c' })).toEqual(['alt', 'credit']);
    expect(
      bodyPublishProblems([
        { type: 'paragraph', spans: [{ text: 'x' }] },
        { type: 'image', imageId: 1, alt: 'a', caption: 'c', credit: 'AFP' },
        { type: 'image', imageId: 2, caption: 'c' },
        { type: 'embed', kind: 'audio', title: '' },
      ]),
    ).toEqual(['Image 2 in the body is missing: alt text, credit.', 'Embed 1 (audio) in the body needs a title.']);
    expect(bodyPublishProblems([{ type: 'image', imageId: 1, alt: 'a', caption: 'c', credit: 'AFP' }])).toEqual([]);
  });
});

describe('routes under /admin', () => {
  it('matches every page and rejects the rest', () => {
    expect(matchRoute('/admin')).toEqual({ name: 'articles' });
    expect(matchRoute('/admin/')).toEqual({ name: 'articles' });
    expect(matchRoute('/admin/articles/new')).toEqual({ name: 'new-article' });
    expect(matchRoute('/admin/articles/42/')).toEqual({ name: 'article', id: 42 });
    expect(matchRoute('/admin/articles/42/live')).toEqual({ name: 'live', id: 42 });
    expect(routePath({ name: 'live', id: 42 })).toBe('/admin/articles/42/live');
    expect(matchRoute('/admin/images')).toEqual({ name: 'images' });
    expect(matchRoute('/admin/audit')).toEqual({ name: 'audit' });
    expect(matchRoute('/admin/wire')).toEqual({ name: 'wire' });
    expect(matchRoute('/admin/articles/0').name).toBe('not-found');
    expect(matchRoute('/admin/articles/abc').name).toBe('not-found');
    expect(matchRoute('/administration').name).toBe('not-found');
    expect(routePath({ name: 'article', id: 7 })).toBe('/admin/articles/7');
  });
});

describe('article list filters', () => {
  it('round-trip through the address bar and drop what is not valid', () => {
    const filters = filtersFromSearch('?edition=de&section=3&status=in_review&author=2&from=2026-01-02&to=2026-01-31&q=%20flood%20&page=2');
    expect(filters).toEqual({ edition: 'de', section: 3, status: 'in_review', author: 2, from: '2026-01-02', to: '2026-01-31', q: 'flood', page: 2 });
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
    expect(filtersFromSearch('?status=bogus&section=-1&page=0&from=yesterday')).toEqual({ page: 1 });
  });
  it('become the API query with whole local days as UTC datetimes', () => {
    const query = filtersToApiQuery({ from: '2026-03-01', to: '2026-03-01', q: 'x', page: 3 });
    const from = new Date(query.get('from')!);
    const to = new Date(query.get('to')!);
    expect(from.getHours()).toBe(0);
    expect(to.getTime() - from.getTime()).toBe(24 * 3600 * 1000 - 1);
    expect(query.get('page')).toBe('3');
    expect(query.get('pageSize')).toBe('25');
    expect(query.get('q')).toBe('x');
  });
});

describe('article form state', () => {
  const article = {
    id: 5, editionCode: 'en', sectionId: 2, kicker: '', headline: 'H', teaser: '', slug: 'h', body: [], leadImageId: null, topicIds: [1],
    authorIds: [1], agencyIds: [], translationGroup: null, embargoUntil: null, revision: 3, firstPublishedAt: null,
  } as unknown as AdminArticle;

  it('says what is missing before a new article can be created', () => {
    const draft = emptyDraft('en', { authorId: 4 });
    expect(draft.authorIds).toEqual([4]);
    expect(createBlocker(draft)).toMatch(/section/);
    expect(createBlocker({ ...draft, sectionId: 1 })).toMatch(/headline/);
    expect(createBlocker({ ...draft, sectionId: 1, headline: 'x' })).toBeNull();
  });
  it('compares drafts by value and sends the slug only while it may change', () => {
    const fields = fieldsFromArticle(article);
    expect(sameDraft(fields, { ...fields, topicIds: [1] })).toBe(true);
    expect(sameDraft(fields, { ...fields, headline: 'H2' })).toBe(false);
    expect(toArticleFields(fields, true).slug).toBe('h');
    expect(toArticleFields(fields, false)).not.toHaveProperty('slug');
    expect(toArticleFields({ ...fields, translationGroup: '  ' }, true).translationGroup).toBeNull();
  });
});

describe('drafts kept on this device', () => {
  it('stores, reads back and clears a draft, and survives a broken or refusing storage', () => {
    const data = new Map<string, string>();
    const store = createDraftStore({
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    });
    const draft = { fields: emptyDraft('en', { authorId: null }), baseRevision: 2, savedAt: '2026-01-01T10:00:00.000Z' };
    expect(store.save(draftKey(5), draft)).toBe(true);
    expect(store.load('herald:draft:5')).toEqual(draft);
    store.clear(draftKey(5));
    expect(store.load(draftKey(5))).toBeNull();
    data.set(draftKey('new'), '{not json');
    expect(store.load(draftKey('new'))).toBeNull();
    const full = createDraftStore({ getItem: () => null, setItem: () => { throw new Error('quota'); }, removeItem: () => undefined });
    expect(full.save('k', draft)).toBe(false);
    expect(createDraftStore(null).save('k', draft)).toBe(false);
  });
});

describe('links typed into the editor', () => {
  it('completes bare addresses and refuses unsafe schemes', () => {
    expect(normalizeHref('example.org/a')).toBe('https://example.org/a');
    expect(normalizeHref('desk@example.org')).toBe('mailto:desk@example.org');
    expect(normalizeHref('/de/politik/')).toBe('/de/politik/');
    expect(isSafeHref(normalizeHref('javascript:alert(1)'))).toBe(false);
    expect(isSafeHref(normalizeHref('//evil.example'))).toBe(false);
  });
  it('turns multi-line plain text into one paragraph per line', () => {
    expect(plainTextToBlocks('One\r\n\r\n  Two  words \nThree')).toEqual([
      { type: 'paragraph', spans: [{ text: 'One' }] },
      { type: 'paragraph', spans: [{ text: 'Two words' }] },
      { type: 'paragraph', spans: [{ text: 'Three' }] },
    ]);
  });
});
