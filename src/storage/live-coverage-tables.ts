/** Table types of live coverage (migration 020), kept beside their queries; src/storage/database.ts lists them. */
import type { Generated } from 'kysely';

export interface LiveCoverageTable {
  article_id: number;
  /** 'open' | 'closed' */
  state: string;
  /** JSON array of strings. */
  key_points: string;
  started_at: string;
  ended_at: string | null;
  updated_at: string;
}

export interface LiveEntryTable {
  id: Generated<number>;
  article_id: number;
  created_at: string;
  updated_at: string;
  author_id: number | null;
  author_initials: string;
  /** JSON array of body blocks (src/domain/blocks.ts). */
  body: string;
  image_id: number | null;
  pinned: number;
}
