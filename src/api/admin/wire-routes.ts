/**
 * Admin API: the wire desk (contract in wire-contract.ts). Reporters read the
 * desk, its quarantine and alerts, and follow it live over server-sent
 * events; editors adopt stories as drafts and acknowledge alerts. Thin:
 * parse → check → operation or read → reply.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import { requireUser, worksInEdition } from '../../auth/guards.js';
import { userActor, type SessionUser } from '../../domain/identity.js';
import { acknowledgeWireAlert } from '../../operations/acknowledge-wire-alert.js';
import type { Article } from '../../domain/article.js';
import { notFound } from '../../domain/errors.js';
import type { WireDeskEvent, WireDeskEvents } from '../../ingest/wire-desk-events.js';
import { adoptWireItem, type PictureFetcher } from '../../operations/adopt-wire-item.js';
import type { StoredWireItem, WireAlert, WireStory } from '../../operations/wire-ports.js';
import type { AdminApiDeps } from './admin-api-deps.js';
import { toAdminArticle } from './admin-article-model.js';
import {
  adoptWireBody, alertListQuery, quarantineQuery, wireEventsQuery, wireListQuery,
  type AdoptWireResponse, type QuarantineList, type WireAlertCount, type WireAlertDto, type WireAlertList, type WireDeskEventData,
  type WireProviderList,
  type WireItemDetail, type WireStoryDetail, type WireStoryDto, type WireStoryList,
} from './wire-contract.js';
import { openEventStream } from '../event-stream.js';

export interface WireRoutesDeps extends Pick<AdminApiDeps, 'ops' | 'publicUrl' | 'media'> {
  events: WireDeskEvents;
  fetchPicture: PictureFetcher;
  /** Comment lines keep proxies from closing an idle stream (default 15 s). */
  heartbeatMs?: number;
}

export const toStoryDto = (s: WireStory): WireStoryDto => ({
  guid: s.guid, latestVersion: s.latestVersion, provider: s.provider, pubStatus: s.pubStatus, urgency: s.urgency,
  language: s.language, headline: s.headline, isCorrection: s.isCorrection, subjectCodes: s.subjectCodes,
  receivedAt: s.receivedAt, versionCreated: s.versionCreated,
  firstCreated: s.desk?.firstCreated ?? null, itemClass: s.desk?.itemClass ?? 'text', slugline: s.desk?.slugline ?? null,
  pictureCount: s.desk?.pictureCount ?? 0, firstPictureCaption: s.desk?.firstPictureCaption ?? null,
});

const toItemDetail = ({ raw, ...item }: StoredWireItem): WireItemDetail => ({ ...item, rawLength: raw.length });

const guidOf = (request: FastifyRequest) => (request.params as { guid: string }).guid;

function alertId(request: FastifyRequest): number {
  const raw = (request.params as { id?: string }).id ?? '';
  if (!/^\d{1,15}$/.test(raw)) throw notFound(`Wire alert ${raw.slice(0, 40)}`);
  return Number(raw);
}

const toAlertDto = (alert: WireAlert, article: Article | null): WireAlertDto => ({
  ...alert,
  article: article ? { headline: article.headline, editionCode: article.editionCode, status: article.status } : null,
});

const toEventData = (data: WireDeskEvent['data']): WireDeskEventData =>
  data.type === 'wire.ingested' ? { ...data, story: data.story && toStoryDto(data.story) } : data;

export function registerWireRoutes(app: FastifyInstance, deps: WireRoutesDeps): void {
  const { ops } = deps;
  const streams = new Set<ServerResponse>();

  app.get('/api/admin/wire', async (request): Promise<WireStoryList> => {
    requireUser(request);
    const q = wireListQuery.parse(request.query);
    const rows = await ops.store.listWireStories({
      ...(q.provider ? { provider: q.provider } : {}),
      ...(q.language ? { language: q.language } : {}),
      ...(q.maxUrgency ? { maxUrgency: q.maxUrgency } : {}),
      ...(q.subject ? { subject: q.subject } : {}),
      ...(q.since ? { since: q.since } : {}),
      ...(q.until ? { until: q.until } : {}),
      ...(q.q ? { search: q.q } : {}),
      ...(q.kind ? { itemClass: q.kind } : {}),
      limit: q.pageSize + 1,
      offset: (q.page - 1) * q.pageSize,
    });
    return { items: rows.slice(0, q.pageSize).map(toStoryDto), page: q.page, pageSize: q.pageSize, hasMore: rows.length > q.pageSize };
  });

  app.get('/api/admin/wire/quarantine', async (request): Promise<QuarantineList> => {
    requireUser(request);
    const { limit } = quarantineQuery.parse(request.query);
    return { items: await ops.store.listQuarantine(limit) };
  });

  app.get('/api/admin/wire/providers', async (request): Promise<WireProviderList> => {
    requireUser(request);
    return { items: await ops.store.listWireProviders() };
  });

  /** The alerts this user may see, each with its article (alerts on other editions' articles are left out). */
  const visibleAlerts = async (user: SessionUser, openOnly: boolean) => {
    const alerts = await ops.store.listWireAlerts({ openOnly });
    const articles = new Map<number, Article | null>();
    for (const id of new Set(alerts.map((a) => a.articleId))) articles.set(id, await ops.store.getArticle(id));
    return alerts
      .map((alert) => ({ alert, article: articles.get(alert.articleId) ?? null }))
      .filter((entry): entry is { alert: WireAlert; article: Article } => entry.article !== null && worksInEdition(user, entry.article.editionCode));
  };

  app.get('/api/admin/wire/alerts', async (request): Promise<WireAlertList> => {
    const user = requireUser(request);
    const { open } = alertListQuery.parse(request.query);
    return { items: (await visibleAlerts(user, open ?? false)).map(({ alert, article }) => toAlertDto(alert, article)) };
  });

  app.get('/api/admin/wire/alerts/count', async (request): Promise<WireAlertCount> => {
    const open = await visibleAlerts(requireUser(request), true);
    const urgent = open.filter(({ alert, article }) => alert.kind !== 'correction' && article.status === 'published').length;
    return { open: open.length, urgent };
  });

  app.post('/api/admin/wire/alerts/:id/acknowledge', async (request): Promise<WireAlertDto> => {
    const actor = userActor(requireUser(request));
    const alert = await acknowledgeWireAlert(ops, { alertId: alertId(request), actor });
    return toAlertDto(alert, await ops.store.getArticle(alert.articleId));
  });

  app.get('/api/admin/wire/events', async (request, reply) => {
    requireUser(request);
    // A reconnecting EventSource sends Last-Event-ID; a desk opening a new one can say ?lastEventId=.
    const header = request.headers['last-event-id'];
    const given = (request.query as { lastEventId?: string }).lastEventId ?? (typeof header === 'string' ? header : undefined);
    const { lastEventId } = wireEventsQuery.parse({ lastEventId: given });
    const res = openEventStream(reply);
    const write = (text: string) => {
      // A desk that stops reading is dropped rather than buffered without end; its browser reconnects.
      if (res.writableLength > 1024 * 1024) return void res.destroy();
      res.write(text);
    };
    const unsubscribe = deps.events.subscribe(
      (event) => write(`id: ${event.id}\nevent: ${event.data.type}\ndata: ${JSON.stringify(toEventData(event.data))}\n\n`),
      lastEventId,
    );
    const heartbeat = setInterval(() => write(': heartbeat\n\n'), deps.heartbeatMs ?? 15_000);
    heartbeat.unref();
    streams.add(res);
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    });
  });

  app.get('/api/admin/wire/:guid', async (request): Promise<WireStoryDetail> => {
    requireUser(request);
    const guid = guidOf(request);
    const story = await ops.store.getWireStory(guid);
    if (!story) throw notFound(`The wire story ${guid.slice(0, 200)}`);
    const [versions, articles] = await Promise.all([ops.store.listWireVersions(guid), ops.store.findArticlesByWireGuid(guid)]);
    const latest = versions.find((v) => v.id === story.latestItemId) ?? (await ops.store.getWireItem(story.latestItemId));
    if (!latest) throw notFound(`The newest version of wire story ${guid.slice(0, 200)}`);
    return {
      story: toStoryDto(story),
      item: toItemDetail(latest),
      versions: versions.map((v) => ({
        id: v.id, version: v.version, pubStatus: v.pubStatus, isCorrection: v.isCorrection, headline: v.headline,
        versionCreated: v.versionCreated, receivedAt: v.receivedAt, source: v.source,
      })),
      articles,
    };
  });

  app.post('/api/admin/wire/:guid/adopt', async (request, reply) => {
    const actor = userActor(requireUser(request));
    const body = adoptWireBody.parse(request.body);
    const result = await adoptWireItem(ops, { media: deps.media, fetchPicture: deps.fetchPicture }, {
      guid: guidOf(request), editionCode: body.editionCode, sectionId: body.sectionId, actor,
    });
    const article = await ops.store.getArticle(result.articleId);
    if (!article) throw notFound(`Article ${result.articleId}`);
    const response: AdoptWireResponse = { ...(await toAdminArticle(ops.store, article, deps.publicUrl, ops.now())), warnings: result.warnings };
    return reply.code(201).send(response);
  });

  // Open streams would hold the server open: end them (and their connections) when it closes.
  app.addHook('preClose', async () => {
    for (const res of streams) res.destroy();
    streams.clear();
  });
}
