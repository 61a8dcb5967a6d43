/**
 * A wire item: one version of one agency story, in whatever format it came
 * (NewsML-G2, NewsML 1.2, ninjs, dpa digitalwires, RSS/Atom), mapped to one shape.
 */
import type { BodyBlock } from './blocks.js';

export type WirePubStatus = 'usable' | 'withheld' | 'canceled';
export type WireFormat = 'newsml-g2' | 'newsml-1.2' | 'ninjs' | 'dpa-digitalwires' | 'rss' | 'atom';

export interface WireSubject {
  /** Qualified code, e.g. `medtop:20000735`, or the provider's own code. */
  code: string;
  name?: string;
}

export interface WirePicture {
  /** Href or id of the remote rendition, as the agency gave it. */
  href: string;
  caption?: string;
  /** Credit line as given, e.g. `Jane Doe/AFP`. */
  credit?: string;
  altText?: string;
  width?: number;
  height?: number;
  mimeType?: string;
}

export interface WireItem {
  format: WireFormat;
  /** Agency or provider, e.g. `AFP`, `dpa`, `IPTC`. */
  provider: string;
  guid: string;
  version: number;
  /** ISO 8601 UTC, when known. */
  firstCreated: string | null;
  versionCreated: string | null;
  pubStatus: WirePubStatus;
  /** 1 (flash) to 9 (lowest), IPTC urgency; null when the feed gives none. */
  urgency: number | null;
  /** BCP 47 tag, e.g. `en`, `de`. */
  language: string | null;
  headline: string;
  slugline: string | null;
  dateline: string | null;
  located: string | null;
  byline: string | null;
  /** Item type: text, picture, video, audio, package, … */
  itemClass: string;
  body: BodyBlock[];
  subjects: WireSubject[];
  /** Nothing may be published before this time (ISO 8601 UTC). */
  embargoUntil: string | null;
  pictures: WirePicture[];
  /** True when the agency flagged this version as a correction. */
  isCorrection: boolean;
  /** Notes about what sanitising removed from the body, e.g. `removed <script>`. */
  sanitizerNotes: string[];
  /** The original bytes of this item (or the envelope), kept verbatim for audit. */
  raw: string;
}
