/** Table types of podcasts (migration 022), kept beside their queries; src/storage/database.ts lists them. */
import type { Generated } from 'kysely';

export interface PodcastShowTable {
  id: Generated<number>;
  edition_code: string;
  slug: string;
  title: string;
  description: string;
  artwork_image_id: number | null;
  category: string;
  language: string;
  explicit: number;
  author: string;
  owner_name: string;
  owner_email: string;
  created_at: string;
  updated_at: string;
}

export interface PodcastEpisodeTable {
  id: Generated<number>;
  show_id: number;
  guid: string;
  slug: string;
  title: string;
  description: string;
  audio_file: string | null;
  audio_url: string | null;
  audio_mime: string | null;
  /** bigint: PostgreSQL hands it back as a string. */
  audio_bytes: number | string | null;
  duration_seconds: number | null;
  transcript: string;
  artwork_image_id: number | null;
  /** 'draft' | 'published' */
  status: string;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}
