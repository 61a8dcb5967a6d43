/**
 * The header's search box on every page: a plain GET form to the edition's
 * search page, so it works without JavaScript; the label is for screen
 * readers (the button names the action for everyone).
 */
import { h } from '../html-jsx.js';
import type { Edition } from '../../domain/edition.js';
import type { Messages } from '../i18n/messages.js';
import { searchPagePath } from '../search-path.js';

export function SearchBox({ edition, messages, value = '' }: { edition: Edition; messages: Messages; value?: string }) {
  return (
    <form class="site-search" role="search" method="get" action={searchPagePath(edition.code)}>
      <label class="visually-hidden" for="site-search-q">
        {messages.searchLabel}
      </label>
      <input id="site-search-q" type="search" name="q" value={value} maxLength={200} autocomplete="off" />
      <button type="submit">{messages.searchLabel}</button>
    </form>
  );
}
