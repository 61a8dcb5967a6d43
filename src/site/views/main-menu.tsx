/**
 * The main menu: the edition's sections with their subsections as nested
 * lists. Plain links, no JavaScript; on small screens the list wraps. Only
 * the current section's subsections are shown as a second row (CSS), the
 * others are reachable from each section page.
 */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';
import type { NavSectionModel } from '../view-models.js';
import { MAIN_MENU_ID } from './skip-links.js';

interface MainMenuProps {
  sections: NavSectionModel[];
  messages: Messages;
  homeHref: string;
  /** True on the edition home page, which then is the current menu item. */
  isHome: boolean;
}

export function MainMenu({ sections, messages, homeHref, isHome }: MainMenuProps) {
  return (
    <nav id={MAIN_MENU_ID} class="main-menu" aria-label={messages.mainMenu}>
      <ul class="main-menu__list">
        <li class={isHome ? 'main-menu__item is-current' : 'main-menu__item'}>
          <a href={homeHref} aria-current={isHome ? 'page' : undefined}>
            {messages.home}
          </a>
        </li>
        {sections.map((section) => (
          <li key={section.href} class={section.current ? 'main-menu__item is-current' : 'main-menu__item'}>
            <a href={section.href} aria-current={section.current ? 'page' : undefined}>
              {section.label}
            </a>
            {section.children.length > 0 && (
              <ul class="main-menu__sub">
                {section.children.map((child) => (
                  <li key={child.href}>
                    <a href={child.href}>{child.label}</a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
