/** Sections, topics, authors, agencies and images: the things articles point to. */

/** Stories on one page of a section, topic or author listing (the site pages them; the demo seed fills past one page). */
export const LISTING_PAGE_SIZE = 20;

export interface Section {
  id: number;
  editionCode: string;
  parentId: number | null;
  slug: string;
  /** Slash-joined slugs from the root, e.g. `politics/europe`. Unique per edition. */
  path: string;
  name: string;
  position: number;
}

export interface Topic {
  id: number;
  editionCode: string;
  slug: string;
  name: string;
  description: string;
  /** Position in the edition's curated "In focus" bar; null when not in focus. */
  focusPosition: number | null;
}

export interface Author {
  id: number;
  name: string;
  /** Lower-case initials used in the byline, e.g. `wmd`. */
  initials: string;
  bio: string;
  /** The author page's URL slug, unique among authors; generated from the name (src/domain/slug.ts authorSlug). */
  slug: string;
  /** Role or title shown with the name, e.g. "Correspondent, Brussels"; empty when none. */
  title: string;
  /** Picture from the media library for the author page; null when none. */
  imageId: number | null;
}

/** An author as created: the store gives it an id and, unless one is given, a unique slug from the name. */
export type NewAuthor = Pick<Author, 'name' | 'initials' | 'bio'> & Partial<Pick<Author, 'slug' | 'title' | 'imageId'>>;

export interface Agency {
  id: number;
  /** As shown in bylines: `AFP`, `dpa`, `Reuters`, `AP`. */
  code: string;
  name: string;
}

export interface Image {
  id: number;
  /** Content-hashed file name of the original in the media store. */
  fileName: string;
  mimeType: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  creditName: string | null;
  creditAgency: string | null;
  creditDistributor: string | null;
  /** Focal point as fractions 0..1 of width and height. */
  focalX: number;
  focalY: number;
  createdAt: string;
}

/** An image as stored: with the widths of the derivatives the media store holds. */
export type StoredImage = Image & { derivativeWidths: number[] };

/** The text and framing that go with a picture, which editors may change after upload. */
export type ImageMetadata = Pick<Image, 'alt' | 'caption' | 'creditName' | 'creditAgency' | 'creditDistributor' | 'focalX' | 'focalY'>;

export function sectionPathSegments(path: string): string[] {
  return path.split('/').filter(Boolean);
}
