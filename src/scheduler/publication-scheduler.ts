/**
 * Publishes scheduled articles when their time comes and announces embargoes
 * as they lift, so caches and subscribers see both on time. State lives only
 * in the database: after a restart the first tick publishes whatever fell due
 * while the process was down. Publication goes through the revision check, so
 * two nodes (or two ticks) can never publish the same article twice.
 */
import { isHeraldError } from '../domain/errors.js';
import type { OperationContext } from '../operations/context.js';
import { publishArticle } from '../operations/workflow-transitions.js';
import { publishDueVideos } from '../operations/videos.js';
import { systemActor } from '../domain/identity.js';

export interface PublicationScheduler {
  /** Runs one pass now; resolves to the ids it published. */
  tick(): Promise<number[]>;
  /** Stops the timer; resolves once a pass in hand has finished (graceful shutdown waits for it). */
  stop(): Promise<void>;
}

export function createPublicationScheduler(
  ctx: OperationContext,
  options: { intervalMs?: number; onError?: (error: unknown) => void; onPass?: (outcome: 'ok' | 'failed', published: number) => void } = {},
): PublicationScheduler {
  let lastTick = ctx.now().toISOString();
  let running: Promise<number[]> | null = null;

  async function pass(): Promise<number[]> {
    const now = ctx.now().toISOString();
    const published: number[] = [];
    for (const due of await ctx.store.listDueScheduled(now)) {
      try {
        await publishArticle(ctx, { articleId: due.id, expectedRevision: due.revision, actor: systemActor('scheduler') });
        published.push(due.id);
      } catch (error) {
        // Someone else published, edited or unscheduled it since we looked: their action wins.
        if (!isHeraldError(error) || error.code !== 'HERALD_CONFLICT') options.onError?.(error);
      }
    }
    // Scheduled videos (src/operations/videos.ts) go out on the same tick; a failure there must not stop the articles'.
    await publishDueVideos(ctx, systemActor('scheduler')).catch((error: unknown) => options.onError?.(error));
    for (const released of await ctx.store.listEmbargoReleases(lastTick, now))
      ctx.events.emit({ type: 'article.published', articleId: released.id, editionCode: released.editionCode, at: now });
    lastTick = now;
    return published;
  }

  const tick = () => {
    running ??= pass().then(
      (published) => {
        options.onPass?.('ok', published.length);
        return published;
      },
      (error: unknown) => {
        options.onPass?.('failed', 0);
        throw error;
      },
    ).finally(() => {
      running = null;
    });
    return running;
  };

  const timer = options.intervalMs === 0 ? null : setInterval(() => void tick().catch(options.onError), options.intervalMs ?? 1000);
  timer?.unref();
  return {
    tick,
    async stop() {
      if (timer) clearInterval(timer);
      await running?.catch(() => {});
    },
  };
}
