/**
 * The page header: site title linking to the edition home, search, language
 * menu and main menu. On small screens the main menu folds into a native
 * `<details>` disclosure (no JavaScript); on wider ones the stylesheet keeps it
 * open and hides the summary, so the desktop header looks as it always did.
 */
import { h } from '../html-jsx.js';
import type { PageChromeModel } from '../view-models.js';
import { editionHomePath } from '../paths.js';
import { LanguageMenu } from './language-menu.js';
import { MainMenu } from './main-menu.js';
import { MediaNav } from './media-nav.js';
import { SearchBox } from './search-box.js';

export function SiteHeader({ chrome, isHome }: { chrome: PageChromeModel; isHome: boolean }) {
  const homeHref = editionHomePath(chrome.edition.code);
  return (
    <header class="site-header">
      <div class="site-header__bar">
        {/* Not a heading: each page has exactly one h1, its own title. */}
        <a class="site-title" href={homeHref}>
          {chrome.edition.siteTitle}
        </a>
        <SearchBox edition={chrome.edition} messages={chrome.messages} />
        <LanguageMenu editions={chrome.editions} messages={chrome.messages} />
      </div>
      <MediaNav entries={chrome.mediaNav} label={chrome.messages.mediaNav} />
      <details class="menu-disclosure">
        <summary class="menu-disclosure__summary">{chrome.messages.menu}</summary>
        <MainMenu sections={chrome.nav} messages={chrome.messages} homeHref={homeHref} isHome={isHome} />
      </details>
    </header>
  );
}
