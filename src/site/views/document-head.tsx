/**
 * The `<head>`: encoding and viewport first (the charset must be within the
 * first 1024 bytes), then title, description, canonical and hreflang links,
 * favicon and web app manifest, structured data (a JSON-LD data block,
 * never executed) and the stylesheets (the base one, then any the page's
 * content needs). No scripts: the site works without JavaScript.
 */
import { h, type Child } from '../html-jsx.js';
import { FAVICON } from '../assets/favicon.js';
import { StructuredDataScript } from '../structured-data/structured-data-script.js';
import { linkHref, uriOf } from '../paths.js';
import { WEB_APP_MANIFEST_PATH } from '../web-app-manifest.js';
import type { PageChromeModel } from '../view-models.js';

interface DocumentHeadProps {
  chrome: PageChromeModel;
  /** Keeps error pages out of search indexes. */
  noIndex?: boolean;
  /** Page-specific additions, e.g. Open Graph tags of an article. */
  children?: Child;
}

/** "Headline – Site" or just the site title when the page has no title of its own. */
export function pageTitle(chrome: PageChromeModel): string {
  const siteTitle = chrome.edition.siteTitle;
  const title = chrome.title.trim();
  return title && title !== siteTitle ? `${title} – ${siteTitle}` : siteTitle;
}

export function DocumentHead({ chrome, noIndex, children }: DocumentHeadProps) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{pageTitle(chrome)}</title>
      {chrome.description && <meta name="description" content={chrome.description} />}
      {noIndex && <meta name="robots" content="noindex" />}
      {/* Links are IRIs like every href (paths.ts linkHref); og:url is text no HTML parser encodes, so a URI. */}
      {chrome.canonicalPath && <link rel="canonical" href={chrome.publicUrl + linkHref(chrome.canonicalPath)} />}
      {chrome.canonicalPath && <meta property="og:url" content={chrome.publicUrl + uriOf(chrome.canonicalPath)} />}
      {chrome.alternates.map((alternate) => (
        <link key={alternate.lang} rel="alternate" hreflang={alternate.lang} href={alternate.href} />
      ))}
      {chrome.feeds.map((feed) => (
        <link key={feed.href} rel="alternate" type="application/rss+xml" title={feed.title} href={feed.href} />
      ))}
      <meta name="color-scheme" content="light" />
      <meta name="theme-color" content="#0b2e59" />
      <link rel="icon" type="image/svg+xml" href={FAVICON.href} />
      <link rel="manifest" href={WEB_APP_MANIFEST_PATH} />
      <meta property="og:site_name" content={chrome.edition.siteTitle} />
      <meta property="og:title" content={chrome.title || chrome.edition.siteTitle} />
      {chrome.description && <meta property="og:description" content={chrome.description} />}
      {children}
      <StructuredDataScript chrome={chrome} />
      <link rel="stylesheet" href={chrome.stylesheetHref} />
      {chrome.extraStylesheetHrefs?.map((href) => <link key={href} rel="stylesheet" href={href} />)}
    </head>
  );
}
