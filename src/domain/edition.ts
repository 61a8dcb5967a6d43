/**
 * An edition is one language service of the site (English, German, Arabic…).
 * It owns its sections, topics and curation; its interface strings live in a
 * message file per language (src/site/i18n/messages), kept apart from settings.
 */
export type TextDirection = 'ltr' | 'rtl';

export interface Edition {
  /** URL segment and primary key, e.g. `en`, `de`, `ar`. */
  code: string;
  /** BCP 47 language tag for `<html lang>`, e.g. `en`, `de`, `ar`. */
  lang: string;
  /** Name of the edition in its own language, e.g. `Deutsch`, `العربية`. */
  name: string;
  dir: TextDirection;
  /** IANA time zone used to show dates, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** Locale for `Intl` date and number formatting, e.g. `ar-EG`. */
  locale: string;
  /** Intl numbering system, e.g. `latn` or `arab`. */
  numberingSystem: string;
  /** Site title shown in the header and `<title>`. */
  siteTitle: string;
  position: number;
  isDefault: boolean;
}

const EDITION_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/;

export function isValidEditionCode(code: string): boolean {
  return EDITION_CODE.test(code);
}
