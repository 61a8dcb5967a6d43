/** The page footer: what the site is and the copyright line. */
import { formatMessage } from '../i18n/messages.js';
import type { PageChromeModel } from '../view-models.js';
import { editionHomePath } from '../paths.js';

export function SiteFooter({ chrome }: { chrome: PageChromeModel }) {
  const { edition, messages } = chrome;
  const values = { siteTitle: edition.siteTitle };
  return (
    <footer class="site-footer">
      <div class="site-footer__inner">
        <a class="site-footer__title" href={editionHomePath(edition.code)}>
          {edition.siteTitle}
        </a>
        <p>{formatMessage(messages.footerAbout, values)}</p>
        <p class="site-footer__copyright">{formatMessage(messages.footerCopyright, values)}</p>
      </div>
    </footer>
  );
}
