/**
 * Setting an edition's footer links (imprint, privacy, contact…). Admins only:
 * these are the publisher's legal pages. One transaction, audited, and
 * `curation.changed`, on which the site reloads its directory and purges the
 * edition's pages (every page shows the footer).
 */
import { validateFooterLinks, type FooterLink } from '../domain/edition-footer.js';
import { notFound } from '../domain/errors.js';
import type { Actor } from '../domain/identity.js';
import { assertEdition, assertRole } from './access-policy.js';
import type { OperationContext } from './context.js';

export async function setFooterLinks(ctx: OperationContext, editionCode: string, links: FooterLink[], actor: Actor): Promise<FooterLink[]> {
  assertRole(actor, 'admin');
  assertEdition(actor, editionCode);
  const checked = validateFooterLinks(links);
  const at = ctx.now().toISOString();
  await ctx.store.transaction(async (tx) => {
    if (!(await tx.listEditions()).some((e) => e.code === editionCode)) throw notFound(`Edition ${editionCode}`);
    await tx.footer.replaceFooterLinks(editionCode, checked);
    const kinds = checked.map((l) => l.kind).join(', ') || 'none';
    await tx.insertAudit({ at, userId: actor.userId, action: 'curated', articleId: null, details: `set footer links of ${editionCode}: ${kinds}` });
  });
  ctx.events.emit({ type: 'curation.changed', editionCode, at });
  return checked;
}
