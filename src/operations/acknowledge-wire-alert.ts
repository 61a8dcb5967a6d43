/**
 * An editor of the affected article's edition acknowledges an agency's kill,
 * withhold or correction alert. Acknowledging twice is harmless: the first
 * time is the one recorded. Audited; emits `wire.alert_acknowledged` so open
 * desks and article views update.
 */
import { notFound } from '../domain/errors.js';
import type { Actor } from '../domain/identity.js';
import { assertEdition, assertRole, worksInEdition } from './access-policy.js';
import type { OperationContext } from './context.js';
import type { WireAlert } from './wire-ports.js';

export async function acknowledgeWireAlert(ctx: OperationContext, input: { alertId: number; actor: Actor }): Promise<WireAlert> {
  assertRole(input.actor, 'editor');
  const at = ctx.now().toISOString();
  const { alert, changed } = await ctx.store.transaction(async (tx) => {
    const alert = await tx.getWireAlert(input.alertId);
    const article = alert && (await tx.getArticle(alert.articleId));
    // An alert on another edition's article is not even acknowledged to exist.
    if (!alert || !article || (input.actor.userId !== null && !worksInEdition(input.actor.user, article.editionCode)))
      throw notFound(`Wire alert ${input.alertId}`);
    assertEdition(input.actor, article.editionCode);
    if (alert.acknowledgedAt) return { alert, changed: false };
    await tx.acknowledgeWireAlert(alert.id, at);
    await tx.insertAudit({
      at, userId: input.actor.userId, action: 'wire_alert_acknowledged', articleId: article.id,
      details: `acknowledged the ${alert.kind} alert ${alert.id} on ${alert.guid} v${alert.version}`,
    });
    return { alert: { ...alert, acknowledgedAt: at }, changed: true };
  });
  if (changed) ctx.events.emit({ type: 'wire.alert_acknowledged', alertId: alert.id, articleId: alert.articleId, userId: input.actor.userId, at });
  return alert;
}
