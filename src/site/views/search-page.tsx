/**
 * The reader search page: the query and filters as a plain GET form, the
 * count, results with hits marked, pagination, and for no results some help.
 * Hits become `<mark>` elements around text the renderer escapes: no snippet or
 * query text is ever inserted as HTML. Not indexed by search engines.
 */
import { h, Fragment } from '../html-jsx.js';
import type { SnippetPart } from '../../domain/search-query.js';
import { formatMessage } from '../i18n/messages.js';
import type { SearchPageModel } from '../models/search-page-model.js';
import { searchPagePath } from '../search-path.js';
import { Layout } from './layout.js';
import { Pagination } from './pagination.js';
import { renderDocument } from './render-document.js';

function Marked({ parts }: { parts: SnippetPart[] }) {
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}

function SearchForm({ model }: { model: SearchPageModel }) {
  const { messages, edition } = model.chrome;
  return (
    <form class="search-form" role="search" method="get" action={searchPagePath(edition.code)}>
      <p>
        <label for="search-q">{messages.searchLabel}</label>
        <input id="search-q" type="search" name="q" value={model.query} maxLength={200} />
      </p>
      <p>
        <label for="search-section">{messages.searchSection}</label>
        <select id="search-section" name="section">
          {model.filters.sections.map((s) => (
            <option key={s.value} value={s.value} selected={s.selected}>
              {s.label}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label for="search-from">{messages.searchFrom}</label>
        <input id="search-from" type="date" name="from" value={model.filters.from} />
      </p>
      <p>
        <label for="search-to">{messages.searchTo}</label>
        <input id="search-to" type="date" name="to" value={model.filters.to} />
      </p>
      <p>
        <button class="button" type="submit">
          {messages.searchLabel}
        </button>
      </p>
    </form>
  );
}

function NoResults({ model }: { model: SearchPageModel }) {
  const { messages } = model.chrome;
  const lists = [
    { heading: messages.latest, links: model.latest },
    { heading: messages.inFocus, links: model.focusTopics },
  ].filter((l) => l.links.length > 0);
  return (
    <div class="search-empty">
      <p>
        <strong>{formatMessage(messages.searchNoResults, { query: `\u2068${model.query}\u2069` })}</strong>
      </p>
      <p>{messages.searchSuggestions}</p>
      {lists.map((list) => (
        <section key={list.heading}>
          <h2>{list.heading}</h2>
          <ul>
            {list.links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function SearchPage({ model }: { model: SearchPageModel }) {
  const { chrome } = model;
  return (
    <Layout chrome={chrome} mainClass="page--search" noIndex>
      <h1 class="listing__heading">{model.heading}</h1>
      <SearchForm model={model} />
      {model.state === 'prompt' && <p class="empty-note">{chrome.messages.searchPrompt}</p>}
      {model.state === 'busy' && <p class="empty-note" role="status">{chrome.messages.searchBusy}</p>}
      {model.state === 'empty' && <NoResults model={model} />}
      {model.state === 'results' && (
        <>
          <p class="search-count" role="status">
            {model.countLabel}
          </p>
          <ol class="search-results">
            {model.results.map((r) => (
              <li key={r.id}>
                <h2>
                  <a href={r.href}>
                    <Marked parts={r.headline} />
                  </a>
                </h2>
                <p>
                  <Marked parts={r.snippet} />
                </p>
                <p class="search-meta">
                  {r.sectionName && <>{r.sectionName} · </>}
                  <time datetime={r.publishedAt}>{r.publishedLabel}</time>
                </p>
              </li>
            ))}
          </ol>
          <Pagination pagination={model.pagination} messages={chrome.messages} edition={chrome.edition} />
        </>
      )}
    </Layout>
  );
}

export function renderSearchPage(model: SearchPageModel): string {
  return renderDocument(<SearchPage model={model} />);
}
