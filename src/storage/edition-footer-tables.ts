/** Table type of the edition footer links (migration 016), kept beside their queries; src/storage/database.ts lists it. */
export interface EditionFooterLinkTable {
  edition_code: string;
  position: number;
  /** 'imprint' | 'privacy' | 'contact' | 'other' */
  kind: string;
  label: string;
  href: string;
}
