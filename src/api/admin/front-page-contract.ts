/**
 * The front page's admin API contract (`GET/PUT /api/admin/editions/:code/front-page`),
 * shared by the server (front-page-routes.ts) and the editor UI (admin/src/front-page/).
 */
import { z } from 'zod';

const pinChoice = z.object({
  articleId: z.number().int().positive(),
  /** ISO 8601; null or absent: until changed. */
  expiresAt: z.string().max(40).nullable().default(null),
});

/** PUT body: the whole layout. The operation enforces the lead count, so its message names the limit. */
export const frontPageBody = z.object({
  topStory: pinChoice.nullable(),
  leads: z.array(pinChoice).max(50),
  /** Top-level section id → pinned lead, or null for automatic. */
  sectionLeads: z.record(z.string().regex(/^\d{1,12}$/), pinChoice.nullable()).default({}),
});
export type FrontPageBody = z.input<typeof frontPageBody>;

/**
 * Whether a pin shows now: `live`, `expired` (its time has passed) or
 * `hidden` (its article is not visible now: unpublished, embargoed, moved).
 */
export type PinState = 'live' | 'expired' | 'hidden';

export interface PinView {
  articleId: number;
  expiresAt: string | null;
  headline: string;
  state: PinState;
}

export interface LiveArticle {
  id: number;
  headline: string;
  firstPublishedAt: string;
}

/** GET and PUT answer. */
export interface FrontPageResponse {
  editionCode: string;
  maxLeads: number;
  /** The home page's section blocks (top-level sections), in menu order. */
  sections: { id: number; name: string }[];
  pins: { topStory: PinView | null; leads: PinView[]; sectionLeads: Record<string, PinView> };
  /** What the public home shows right now (pins and automatic fill). */
  live: {
    topStory: LiveArticle | null;
    topPinned: boolean;
    leads: LiveArticle[];
    latest: LiveArticle[];
    sections: { sectionId: number; lead: LiveArticle | null; leadPinned: boolean }[];
  };
}
