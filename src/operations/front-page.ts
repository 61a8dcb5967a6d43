/**
 * The edition home's editorial layout: editors of an edition pin its top
 * story, up to MAX_LEADS ordered leads and a lead per section block, each
 * with an optional expiry. One transaction replaces every pin of the
 * edition (the screen saves the whole layout), audited as `curated`; after
 * commit `front_page.changed` purges the edition home, the only page that
 * shows pins. Expiries need no event: the home judges pins against its own
 * `now` (src/site/models/home-front-page.ts), so an expiry shows within the
 * page cache's max age.
 */
import { MAX_LEADS, choicesFromPins, type FrontPageChoices, type FrontPagePin, type PinChoice } from '../domain/front-page.js';
import { HeraldError, notFound } from '../domain/errors.js';
import type { Actor } from '../domain/identity.js';
import { assertEdition, assertRole } from './access-policy.js';
import type { OperationContext } from './context.js';
import type { ContentReader, SectionWithDescription } from './ports.js';

const invalid = (field: string, message: string) => new HeraldError('HERALD_VALIDATION', `${field}: ${message}`);

/** Top-level sections of the edition with every section id under each (a block lists its subsections' articles). */
export function sectionBlocks(sections: Pick<SectionWithDescription, 'id' | 'parentId'>[]): { sectionId: number; sectionIds: number[] }[] {
  return sections
    .filter((s) => s.parentId === null)
    .map((root) => {
      const ids = [root.id];
      for (let i = 0; i < ids.length; i++) for (const child of sections) if (child.parentId === ids[i]) ids.push(child.id);
      return { sectionId: root.id, sectionIds: ids };
    });
}

async function requireEdition(reader: Pick<ContentReader, 'listEditions'>, editionCode: string): Promise<void> {
  if (!(await reader.listEditions()).some((e) => e.code === editionCode)) throw notFound(`Edition ${editionCode}`);
}

/** The pins as stored, for the admin screen; editors of the edition (and admins) only. */
export async function getFrontPageChoices(ctx: OperationContext, editionCode: string, actor: Actor): Promise<FrontPageChoices> {
  assertRole(actor, 'editor');
  assertEdition(actor, editionCode);
  await requireEdition(ctx.store, editionCode);
  return choicesFromPins(await ctx.store.frontPage.listPins(editionCode));
}

/**
 * Replaces the edition's pins. Every pinned article must be a published
 * article of this edition (an embargoed one may be pinned: it shows once the
 * embargo lifts); a section lead must sit in that section or below it; no
 * article may be pinned twice; an expiry must lie in the future. Each refusal
 * is a 422 naming the field (`topStory`, `leads[1]`, `sectionLeads.4.expiresAt`).
 */
export async function setFrontPage(ctx: OperationContext, editionCode: string, choices: FrontPageChoices, actor: Actor): Promise<FrontPagePin[]> {
  assertRole(actor, 'editor');
  assertEdition(actor, editionCode);
  const at = ctx.now().toISOString();
  if (choices.leads.length > MAX_LEADS) throw invalid('leads', `pin at most ${MAX_LEADS} leads (${choices.leads.length} given).`);

  const pins = await ctx.store.transaction(async (tx) => {
    await requireEdition(tx, editionCode);
    const blocks = new Map(sectionBlocks(await tx.listSections(editionCode)).map((b) => [b.sectionId, b.sectionIds]));
    const seen = new Map<number, string>();
    const pins: FrontPagePin[] = [];

    const check = async (field: string, choice: PinChoice, sectionIds?: number[]) => {
      const { articleId, expiresAt } = choice;
      const earlier = seen.get(articleId);
      if (earlier) throw invalid(field, `article ${articleId} is already pinned as ${earlier}; an article shows once on the home page.`);
      seen.set(articleId, field);
      if (expiresAt !== null) {
        const when = new Date(expiresAt);
        if (Number.isNaN(when.getTime())) throw invalid(`${field}.expiresAt`, `"${expiresAt.slice(0, 40)}" is not a date and time.`);
        if (when.toISOString() <= at) throw invalid(`${field}.expiresAt`, 'this time has already passed; choose a later one or no expiry.');
      }
      const article = await tx.getArticle(articleId);
      if (!article) throw invalid(field, `there is no article ${articleId}.`);
      if (article.editionCode !== editionCode)
        throw invalid(field, `"${article.headline}" belongs to the ${article.editionCode} edition, not ${editionCode}.`);
      if (article.status !== 'published')
        throw invalid(field, `"${article.headline}" is ${article.status.replace('_', ' ')}; only published articles can be pinned.`);
      if (sectionIds && !sectionIds.includes(article.sectionId))
        throw invalid(field, `"${article.headline}" is not in this section; a section's lead must be one of its articles.`);
      return { articleId, expiresAt: expiresAt === null ? null : new Date(expiresAt).toISOString(), pinnedAt: at, pinnedBy: actor.userId };
    };

    if (choices.topStory) pins.push({ slot: 'top', position: 0, sectionId: null, ...(await check('topStory', choices.topStory)) });
    for (const [position, lead] of choices.leads.entries())
      pins.push({ slot: 'lead', position, sectionId: null, ...(await check(`leads[${position}]`, lead)) });
    for (const [key, lead] of Object.entries(choices.sectionLeads)) {
      if (lead === null) continue;
      const sectionId = Number(key);
      const sectionIds = blocks.get(sectionId);
      const field = `sectionLeads.${key}`;
      if (!sectionIds) throw invalid(field, `section ${key} is not a top-level section of the ${editionCode} edition.`);
      pins.push({ slot: 'section', position: 0, sectionId, ...(await check(field, lead, sectionIds)) });
    }

    await tx.frontPage.replacePins(editionCode, pins);
    await tx.insertAudit({ at, userId: actor.userId, action: 'curated', articleId: null, details: describe(editionCode, pins) });
    return pins;
  });
  ctx.events.emit({ type: 'front_page.changed', editionCode, at });
  return pins;
}

/** The audit line: what leads the edition now ("set the front page of en: top #12 until …; leads #3, #5; section 4 #9"). */
function describe(editionCode: string, pins: FrontPagePin[]): string {
  const one = (p: FrontPagePin) => `#${p.articleId}${p.expiresAt ? ` until ${p.expiresAt}` : ''}`;
  const top = pins.find((p) => p.slot === 'top');
  const leads = pins.filter((p) => p.slot === 'lead');
  const sections = pins.filter((p) => p.slot === 'section');
  const parts = [
    top ? `top ${one(top)}` : 'top automatic',
    leads.length ? `leads ${leads.map(one).join(', ')}` : 'no pinned leads',
    ...sections.map((p) => `section ${p.sectionId} ${one(p)}`),
  ];
  return `set the front page of ${editionCode}: ${parts.join('; ')}`;
}
