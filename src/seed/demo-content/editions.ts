import type { DemoEdition } from '../demo-types.js';

/** The three language services of the fictional broadcaster "Herald World". */
export const editions: DemoEdition[] = [
  {
    code: 'en',
    lang: 'en',
    name: 'English',
    dir: 'ltr',
    timeZone: 'Europe/Berlin',
    locale: 'en-GB',
    numberingSystem: 'latn',
    siteTitle: 'Herald World',
    isDefault: true,
  },
  {
    code: 'de',
    lang: 'de',
    name: 'Deutsch',
    dir: 'ltr',
    timeZone: 'Europe/Berlin',
    locale: 'de-DE',
    numberingSystem: 'latn',
    siteTitle: 'Herald Welt',
    isDefault: false,
  },
  {
    code: 'ar',
    lang: 'ar',
    name: 'العربية',
    dir: 'rtl',
    timeZone: 'Africa/Cairo',
    locale: 'ar-EG',
    numberingSystem: 'arab',
    siteTitle: 'هيرالد العالم',
    isDefault: false,
  },
];
