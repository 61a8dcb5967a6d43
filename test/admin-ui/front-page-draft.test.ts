/** The front page screen's pure parts: moving leads, the body it saves, and its address. */
import { describe, expect, it } from 'vitest';
import type { FrontPageResponse } from '../../src/api/admin/front-page-contract.js';
import { bodyFrom, draftFrom, moveLead, pinnedIds } from '../../admin/src/front-page/front-page-draft.js';
import { matchRoute, routePath } from '../../admin/src/lib/routes.js';

const slot = (articleId: number) => ({ articleId, headline: `H${articleId}`, expiresAt: null });

describe('front page screen', () => {
  it('moves a lead one place up or down, and not past either end', () => {
    const leads = [slot(1), slot(2), slot(3)];
    expect(moveLead(leads, 1, -1).map((l) => l.articleId)).toEqual([2, 1, 3]);
    expect(moveLead(leads, 1, 1).map((l) => l.articleId)).toEqual([1, 3, 2]);
    expect(moveLead(leads, 0, -1)).toBe(leads);
    expect(moveLead(leads, 2, 1)).toBe(leads);
  });

  it('saves what the server sent back unchanged, and knows every pinned article', () => {
    const response = {
      pins: {
        topStory: { articleId: 5, expiresAt: '2026-07-01T10:00:00.000Z', headline: 'Top', state: 'live' },
        leads: [{ articleId: 7, expiresAt: null, headline: 'Lead', state: 'hidden' }],
        sectionLeads: { '3': { articleId: 9, expiresAt: null, headline: 'Sec', state: 'expired' } },
      },
    } as unknown as FrontPageResponse;
    const draft = draftFrom(response);
    expect(bodyFrom(draft)).toEqual({
      topStory: { articleId: 5, expiresAt: '2026-07-01T10:00:00.000Z' },
      leads: [{ articleId: 7, expiresAt: null }],
      sectionLeads: { '3': { articleId: 9, expiresAt: null } },
    });
    expect([...pinnedIds({ ...draft, sectionLeads: { ...draft.sectionLeads, '4': null } })].sort()).toEqual([5, 7, 9]);
  });

  it('has an address per edition', () => {
    expect(matchRoute('/admin/front-page')).toEqual({ name: 'front-page', edition: null });
    expect(matchRoute('/admin/front-page/ar/')).toEqual({ name: 'front-page', edition: 'ar' });
    expect(matchRoute('/admin/front-page/../x').name).toBe('not-found');
    expect(routePath({ name: 'front-page', edition: 'de' })).toBe('/admin/front-page/de');
  });
});
