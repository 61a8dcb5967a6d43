/** Table types of videos (migration 021), kept beside their queries; src/storage/database.ts lists them. */
import type { Generated } from 'kysely';

export interface VideoTable {
  id: Generated<number>;
  short_id: string;
  edition_code: string;
  section_id: number;
  /** JSON array of topic ids. */
  topic_ids: string;
  slug: string;
  title: string;
  teaser: string;
  poster_image_id: number | null;
  poster_caption: string;
  duration_seconds: number | null;
  source_file: string | null;
  source_mime: string | null;
  source_bytes: number | string | null;
  hls_url: string | null;
  /** 'draft' | 'scheduled' | 'published' | 'unpublished' */
  status: string;
  published_at: string | null;
  first_published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface VideoCaptionTable {
  video_id: number;
  lang: string;
  label: string;
  file_name: string;
}
