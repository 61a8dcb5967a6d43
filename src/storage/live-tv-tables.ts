/** Table types of live TV (migration 023), kept beside their queries; src/storage/database.ts lists them. */
import type { Generated } from 'kysely';

export interface LiveStreamTable {
  edition_code: string;
  hls_url: string;
  title: string;
  updated_at: string;
}

export interface BroadcastSlotTable {
  id: Generated<number>;
  edition_code: string;
  title: string;
  description: string;
  /** UTC ISO instants (`…Z`), so text order is time order. */
  starts_at: string;
  ends_at: string;
  updated_at: string;
}
