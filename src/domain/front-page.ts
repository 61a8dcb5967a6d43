/**
 * The edition home's editorial layout: a top story, a few ordered leads and
 * a lead per section block, each pinned by editors or left automatic. Pins
 * are plain data; which of them show is decided at render time (a pin that
 * expired, or whose article is no longer visible, simply falls back to the
 * automatic choice), so nothing has to clean them up.
 */

/** How many leads an edition can pin beside its top story. */
export const MAX_LEADS = 4;

export type PinSlot = 'top' | 'lead' | 'section';

/** One pinned slot as stored. `position` orders leads (0 first); `sectionId` is set for section slots only. */
export interface FrontPagePin {
  slot: PinSlot;
  position: number;
  sectionId: number | null;
  articleId: number;
  /** ISO 8601 UTC; from then on the slot is automatic again. Null: until changed. */
  expiresAt: string | null;
  pinnedAt: string;
  pinnedBy: number | null;
}

/** What an editor pins: an article and, optionally, when the pin ends. */
export interface PinChoice {
  articleId: number;
  expiresAt: string | null;
}

/** The whole editorial layout of one edition's home, as set in one go. */
export interface FrontPageChoices {
  topStory: PinChoice | null;
  /** In order, at most MAX_LEADS. */
  leads: PinChoice[];
  /** Top-level section id → its pinned lead; a section not listed (or null) is automatic. */
  sectionLeads: Record<number, PinChoice | null>;
}

/** A pin counts at `now` unless it has expired (an expiry is exclusive: at that instant the slot is automatic). */
export function isPinActive(pin: Pick<FrontPagePin, 'expiresAt'>, now: string): boolean {
  return pin.expiresAt === null || pin.expiresAt > now;
}

/** The stored pins as the choices they express (the admin screen's starting point). */
export function choicesFromPins(pins: FrontPagePin[]): FrontPageChoices {
  const choice = (p: FrontPagePin): PinChoice => ({ articleId: p.articleId, expiresAt: p.expiresAt });
  const sectionLeads: Record<number, PinChoice | null> = {};
  for (const p of pins) if (p.slot === 'section' && p.sectionId !== null) sectionLeads[p.sectionId] = choice(p);
  const top = pins.find((p) => p.slot === 'top');
  return {
    topStory: top ? choice(top) : null,
    leads: pins.filter((p) => p.slot === 'lead').sort((a, b) => a.position - b.position).map(choice),
    sectionLeads,
  };
}
