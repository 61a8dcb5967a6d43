/**
 * `/manifest.webmanifest`: the web app manifest browsers read when a reader
 * adds the site to a home screen. It names the default edition's site (one
 * manifest for the whole site: its scope is `/`, which leads to every
 * edition), opens in the ordinary browser, and offers the SVG favicon at any
 * size plus the rendered publisher logo (PNG) for launchers that want a raster.
 */
import type { Edition } from '../domain/edition.js';
import { FAVICON } from './assets/favicon.js';
import { PUBLISHER_LOGO } from './structured-data/publisher-logo.js';

export const WEB_APP_MANIFEST_PATH = '/manifest.webmanifest';
export const WEB_APP_MANIFEST_CONTENT_TYPE = 'application/manifest+json; charset=utf-8';

/** The site's navy (site.css `--brand`), also the `theme-color` in every page's head. */
const THEME_COLOR = '#0b2e59';
const BACKGROUND_COLOR = '#ffffff';
/** Launchers cut longer names; beyond this the first word stands for the site. */
const SHORT_NAME_MAX = 12;

function shortName(title: string): string {
  if (title.length <= SHORT_NAME_MAX) return title;
  return title.split(/\s+/)[0] || title.slice(0, SHORT_NAME_MAX);
}

export function renderWebAppManifest(edition: Pick<Edition, 'siteTitle' | 'lang' | 'dir'>): string {
  const manifest = {
    name: edition.siteTitle,
    short_name: shortName(edition.siteTitle),
    lang: edition.lang,
    dir: edition.dir,
    start_url: '/',
    scope: '/',
    display: 'browser',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: [
      { src: FAVICON.href, type: FAVICON.contentType, sizes: 'any' },
      { src: PUBLISHER_LOGO.href, type: PUBLISHER_LOGO.contentType, sizes: `${PUBLISHER_LOGO.width}x${PUBLISHER_LOGO.height}` },
    ],
  };
  return JSON.stringify(manifest);
}
