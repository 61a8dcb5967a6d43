/**
 * The page footer: the edition's own links (imprint, privacy, contact; set
 * per edition by admins), the other language sites' home pages, each named in
 * its own language (`lang`, `dir`, `hreflang`), and the copyright line.
 */
import { h } from '../html-jsx.js';
import { formatMessage } from '../i18n/messages.js';
import type { PageChromeModel } from '../view-models.js';
import { editionHomePath } from '../paths.js';
import { safeHref } from './safe-href.js';

export function SiteFooter({ chrome }: { chrome: PageChromeModel }) {
  const { edition, messages } = chrome;
  const values = { siteTitle: edition.siteTitle };
  const links = chrome.footerLinks.filter((link) => safeHref(link.href) !== undefined);
  return (
    <footer class="site-footer">
      <div class="site-footer__inner">
        <a class="site-footer__title" href={editionHomePath(edition.code)}>
          {edition.siteTitle}
        </a>
        <p>{formatMessage(messages.footerAbout, values)}</p>
        {links.length > 0 && (
          <nav class="site-footer__links" aria-label={messages.footerLinks}>
            <ul>
              {links.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {chrome.otherSites.length > 0 && (
          <nav class="site-footer__sites" aria-labelledby="footer-other-sites">
            <h2 id="footer-other-sites" class="site-footer__heading">
              {messages.otherLanguageSites}
            </h2>
            <ul>
              {chrome.otherSites.map((site) => (
                <li key={site.code}>
                  <a href={site.href} lang={site.lang} dir={site.dir} hreflang={site.lang}>
                    {site.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <p class="site-footer__copyright">{formatMessage(messages.footerCopyright, values)}</p>
      </div>
    </footer>
  );
}
