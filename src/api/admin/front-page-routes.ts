/**
 * Admin API for the edition home's pins: `GET/PUT /api/admin/editions/:code/front-page`.
 * Editors of the edition (and admins); the operations (src/operations/front-page.ts) check role and edition.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireUser } from '../../auth/guards.js';
import { isPinActive, MAX_LEADS, type PinChoice } from '../../domain/front-page.js';
import { isValidEditionCode } from '../../domain/edition.js';
import { notFound } from '../../domain/errors.js';
import { userActor } from '../../domain/identity.js';
import { getFrontPageChoices, sectionBlocks, setFrontPage } from '../../operations/front-page.js';
import type { OperationContext } from '../../operations/context.js';
import type { ArticleSummary } from '../../operations/ports.js';
import { resolveFrontPage } from '../../site/models/home-front-page.js';
import type { AdminApiDeps } from './admin-api-deps.js';
import { frontPageBody, type FrontPageResponse, type LiveArticle, type PinView } from './front-page-contract.js';

// The same counts as the public home (src/site/models/home-page-model.ts), so "live now" matches it.
const LATEST_COUNT = 8;
const PER_SECTION = 4;

const live = (s: ArticleSummary): LiveArticle => ({ id: s.id, headline: s.headline, firstPublishedAt: s.firstPublishedAt });

async function frontPageView(ops: OperationContext, editionCode: string, choices: Awaited<ReturnType<typeof getFrontPageChoices>>): Promise<FrontPageResponse> {
  const now = ops.now().toISOString();
  const sections = await ops.store.listSections(editionCode);
  const resolved = await resolveFrontPage(ops.store, {
    editionCode, now, blocks: sectionBlocks(sections), latestCount: LATEST_COUNT, perSection: PER_SECTION,
  });
  const shown = new Set([
    ...(resolved.top ? [resolved.top.id] : []), ...resolved.leads.map((s) => s.id),
    ...resolved.sections.flatMap((b) => (b.leadPinned && b.items[0] ? [b.items[0].id] : [])),
  ]);
  const pinned: PinChoice[] = [
    ...(choices.topStory ? [choices.topStory] : []), ...choices.leads, ...Object.values(choices.sectionLeads).flatMap((c) => (c ? [c] : [])),
  ];
  const headlines = new Map<number, string>();
  for (const choice of pinned) {
    const article = await ops.store.getArticle(choice.articleId);
    if (article) headlines.set(article.id, article.headline);
  }
  const view = (c: PinChoice): PinView => ({
    articleId: c.articleId,
    expiresAt: c.expiresAt,
    headline: headlines.get(c.articleId) ?? `Article ${c.articleId}`,
    state: !isPinActive(c, now) ? 'expired' : shown.has(c.articleId) ? 'live' : 'hidden',
  });
  const sectionLeads: Record<string, PinView> = {};
  for (const [id, c] of Object.entries(choices.sectionLeads)) if (c) sectionLeads[id] = view(c);
  return {
    editionCode,
    maxLeads: MAX_LEADS,
    sections: sections.filter((s) => s.parentId === null).sort((a, b) => a.position - b.position).map((s) => ({ id: s.id, name: s.name })),
    pins: { topStory: choices.topStory ? view(choices.topStory) : null, leads: choices.leads.map(view), sectionLeads },
    live: {
      topStory: resolved.top ? live(resolved.top) : null,
      topPinned: resolved.topPinned,
      leads: resolved.leads.map(live),
      latest: resolved.latest.map(live),
      sections: resolved.sections.map((b) => ({ sectionId: b.sectionId, lead: b.items[0] ? live(b.items[0]) : null, leadPinned: b.leadPinned })),
    },
  };
}

export function registerFrontPageRoutes(app: FastifyInstance, deps: AdminApiDeps): void {
  const { ops } = deps;
  const codeOf = (request: FastifyRequest) => {
    const code = (request.params as { code?: string }).code ?? '';
    if (!isValidEditionCode(code)) throw notFound(`Edition ${code.slice(0, 16)}`);
    return code;
  };

  app.get('/api/admin/editions/:code/front-page', async (request) => {
    const actor = userActor(requireUser(request));
    const code = codeOf(request);
    return frontPageView(ops, code, await getFrontPageChoices(ops, code, actor));
  });

  app.put('/api/admin/editions/:code/front-page', async (request) => {
    const actor = userActor(requireUser(request));
    const code = codeOf(request);
    const body = frontPageBody.parse(request.body);
    const sectionLeads: Record<number, PinChoice | null> = {};
    for (const [id, choice] of Object.entries(body.sectionLeads)) sectionLeads[Number(id)] = choice;
    await setFrontPage(ops, code, { topStory: body.topStory, leads: body.leads, sectionLeads }, actor);
    return frontPageView(ops, code, await getFrontPageChoices(ops, code, actor));
  });
}
