/**
 * The admin API's live coverage contract (src/api/admin/live-routes.ts):
 * request schemas and answers, shared with the newsroom app. Entry bodies
 * are validated by the article body's schema.
 */
import { z } from 'zod';
import { LIVE_STATES, MAX_ENTRY_BLOCKS, MAX_KEY_POINT_LENGTH, MAX_KEY_POINTS, type LiveCoverage, type LiveEntry } from '../../domain/live-coverage.js';
import { bodyBlockSchema } from './contract.js';

export const liveSettingsBody = z
  .object({
    state: z.enum(LIVE_STATES).optional(),
    keyPoints: z.array(z.string().max(MAX_KEY_POINT_LENGTH)).max(MAX_KEY_POINTS).optional(),
  })
  .strict();

export const liveEntryBody = z
  .object({
    body: z.array(bodyBlockSchema).max(MAX_ENTRY_BLOCKS),
    imageId: z.number().int().positive().nullable().optional(),
    pinned: z.boolean().optional(),
  })
  .strict();

export const liveEntryEditBody = liveEntryBody.omit({ pinned: true });
export const livePinBody = z.object({ entryId: z.number().int().positive().nullable() }).strict();
export const liveEntriesQuery = z.object({ page: z.coerce.number().int().positive().max(100_000).default(1) });

export interface LiveEntryDto extends LiveEntry {
  permalink: string;
}

export interface LiveCoverageDto {
  articleId: number;
  coverage: LiveCoverage | null;
  pinned: LiveEntryDto | null;
  entries: LiveEntryDto[];
  total: number;
  page: number;
  pages: number;
}

