/**
 * Events emitted by operations after their transaction commits. The page cache,
 * search, webhooks and other nodes subscribe to these; nothing else reacts to
 * state changes.
 */
export type HeraldEvent =
  | { type: 'article.published'; articleId: number; editionCode: string; at: string }
  | { type: 'article.updated'; articleId: number; editionCode: string; at: string }
  | { type: 'article.unpublished'; articleId: number; editionCode: string; at: string }
  | { type: 'article.saved'; articleId: number; editionCode: string; at: string }
  | { type: 'curation.changed'; editionCode: string; at: string }
  | { type: 'wire.ingested'; guid: string; version: number; at: string }
  | { type: 'wire.quarantined'; quarantineId: number; fileName: string; reason: string; at: string }
  | { type: 'wire.alerted'; alertId: number; articleId: number; guid: string; at: string };

export type HeraldEventType = HeraldEvent['type'];
