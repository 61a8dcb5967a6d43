/**
 * The frame of every page: `<html lang dir>` from the edition (set once here,
 * the CSS uses logical properties only), skip links first, header, in-focus
 * bar, the page's `<main>` and the footer.
 */
import { h, type Child } from '../html-jsx.js';
import type { PageChromeModel } from '../view-models.js';
import { KeptChromePart } from './chrome-parts.js';
import { DocumentHead } from './document-head.js';
import { InFocusBar } from './in-focus-bar.js';
import { SiteFooter } from './site-footer.js';
import { SiteHeader } from './site-header.js';
import { MAIN_CONTENT_ID, SkipLinks } from './skip-links.js';

interface LayoutProps {
  chrome: PageChromeModel;
  children: Child;
  isHome?: boolean;
  noIndex?: boolean;
  /** Extra `<head>` elements for this page. */
  head?: Child;
  /** Modifier class on `<main>` for page-type layouts. */
  mainClass?: string;
}

export function Layout({ chrome, children, isHome = false, noIndex, head, mainClass }: LayoutProps) {
  const { edition, messages } = chrome;
  return (
    <html lang={edition.lang} dir={edition.dir}>
      <DocumentHead chrome={chrome} noIndex={noIndex}>
        {head}
      </DocumentHead>
      <body>
        <SkipLinks messages={messages} />
        <KeptChromePart chrome={chrome} variant={headerVariant(chrome, isHome)} render={() => <SiteHeader chrome={chrome} isHome={isHome} />} />
        <KeptChromePart chrome={chrome} variant="in-focus" render={() => <InFocusBar topics={chrome.focusTopics} messages={messages} />} />
        {/* tabindex=-1 lets the skip link move keyboard focus here, not just scroll. */}
        <main id={MAIN_CONTENT_ID} tabindex={-1} class={mainClass ? `page ${mainClass}` : 'page'}>
          {children}
        </main>
        <KeptChromePart chrome={chrome} variant="footer" render={() => <SiteFooter chrome={chrome} />} />
      </body>
    </html>
  );
}

/** What the header shows beyond the edition: the home or current root section, and where each language link leads. */
function headerVariant(chrome: PageChromeModel, isHome: boolean): string {
  const current = chrome.nav.findIndex((section) => section.current);
  const media = chrome.mediaNav.findIndex((entry) => entry.current);
  return `header|${isHome ? 'home' : current}|${media}|${chrome.editions.map((e) => `${e.current ? '*' : ''}${e.href}`).join(' ')}`;
}
