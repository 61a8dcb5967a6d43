/** The screen's editable copy of an edition's pins, and the pure moves on it (tested without a browser). */
import type { FrontPageBody, FrontPageResponse, PinState, PinView } from '../../../src/api/admin/front-page-contract.js';

export interface SlotDraft {
  articleId: number;
  headline: string;
  /** ISO 8601 UTC or null (until changed). */
  expiresAt: string | null;
  /** As the server last judged it; absent for a pick not saved yet. */
  state?: PinState;
}

export interface FrontPageDraft {
  topStory: SlotDraft | null;
  leads: SlotDraft[];
  /** Section id → pinned lead; absent or null is automatic. */
  sectionLeads: Record<string, SlotDraft | null>;
}

const slot = (p: PinView): SlotDraft => ({ articleId: p.articleId, headline: p.headline, expiresAt: p.expiresAt, state: p.state });

export function draftFrom(response: FrontPageResponse): FrontPageDraft {
  const sectionLeads: Record<string, SlotDraft | null> = {};
  for (const [id, pin] of Object.entries(response.pins.sectionLeads)) sectionLeads[id] = slot(pin);
  return { topStory: response.pins.topStory ? slot(response.pins.topStory) : null, leads: response.pins.leads.map(slot), sectionLeads };
}

export function bodyFrom(draft: FrontPageDraft): FrontPageBody {
  const choice = (s: SlotDraft) => ({ articleId: s.articleId, expiresAt: s.expiresAt });
  const sectionLeads: Record<string, { articleId: number; expiresAt: string | null } | null> = {};
  for (const [id, s] of Object.entries(draft.sectionLeads)) sectionLeads[id] = s ? choice(s) : null;
  return { topStory: draft.topStory ? choice(draft.topStory) : null, leads: draft.leads.map(choice), sectionLeads };
}

/** Moves the lead at `index` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function moveLead(leads: SlotDraft[], index: number, by: -1 | 1): SlotDraft[] {
  const target = index + by;
  if (index < 0 || index >= leads.length || target < 0 || target >= leads.length) return leads;
  const next = [...leads];
  [next[index], next[target]] = [next[target] as SlotDraft, next[index] as SlotDraft];
  return next;
}

/** Every article pinned anywhere in the draft (an article shows once on the home page). */
export function pinnedIds(draft: FrontPageDraft): Set<number> {
  return new Set([
    ...(draft.topStory ? [draft.topStory.articleId] : []),
    ...draft.leads.map((l) => l.articleId),
    ...Object.values(draft.sectionLeads).flatMap((s) => (s ? [s.articleId] : [])),
  ]);
}
