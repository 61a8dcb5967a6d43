/** Table type of the front-page pins (migration 011), kept beside their queries; src/storage/database.ts lists it. */
import type { Generated } from 'kysely';

export interface FrontPagePinTable {
  id: Generated<number>;
  edition_code: string;
  /** 'top' | 'lead' | 'section' */
  slot: string;
  position: number;
  section_id: number | null;
  article_id: number;
  expires_at: string | null;
  pinned_at: string;
  pinned_by: number | null;
}
