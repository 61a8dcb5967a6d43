/** `/admin/`: the article list with filters, status badges and pagination, and the "New article" button. */
import { useEffect, useState } from 'react';
import type { ArticleListResponse } from '../../../src/api/admin/contract.js';
import { errorMessage } from '../api/client.js';
import { api } from '../api/endpoints.js';
import { ErrorAlert } from '../lib/alerts.js';
import { Pager } from '../lib/pager.js';
import { Link, navigate, useLocation } from '../lib/router.js';
import { formatDateTime } from '../lib/time.js';
import { useTitle } from '../lib/use-title.js';
import { sectionName, useReference } from '../session/reference-context.js';
import { articleCache } from './article-cache.js';
import { FiltersForm } from './filters-form.js';
import { filtersFromSearch, filtersToApiQuery, filtersToSearch, PAGE_SIZE, type ListFilters } from './list-filters.js';
import { StatusBadge } from './status-badge.js';

export function ArticleListPage() {
  useTitle('Articles');
  const reference = useReference();
  const { search } = useLocation();
  const filters = filtersFromSearch(search);
  const [result, setResult] = useState<ArticleListResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const query = filtersToApiQuery(filters).toString();

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    api.articles(new URLSearchParams(query), controller.signal).then(
      (response) => {
        for (const a of response.items)
          articleCache.remember(a.id, { id: a.id, headline: a.headline, editionCode: a.editionCode, status: a.status });
        setResult(response);
        setLoading(false);
      },
      (e: unknown) => {
        if ((e as Error).name === 'AbortError') return;
        setError(errorMessage(e));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [query]);

  const apply = (next: ListFilters) => navigate(`/admin/${filtersToSearch(next)}`);
  const authors = (ids: number[]) => ids.map((id) => reference.authors.find((a) => a.id === id)?.name ?? `#${id}`).join(', ');

  return (
    <section className="page">
      <div className="page__header">
        <h1>Articles</h1>
        <Link to="/admin/articles/new" className="button button--primary" data-testid="new-article">
          New article
        </Link>
      </div>
      <FiltersForm key={search} reference={reference} filters={filters} onApply={apply} />
      <ErrorAlert message={error} />
      <p role="status" className="muted" aria-live="polite">
        {loading ? 'Loading articles…' : result ? `${result.total} article${result.total === 1 ? '' : 's'}` : ''}
      </p>
      {result && result.items.length > 0 && (
        <table className="table" data-testid="article-list">
          <thead>
            <tr>
              <th scope="col">Headline</th>
              <th scope="col">Status</th>
              <th scope="col">Edition</th>
              <th scope="col">Section</th>
              <th scope="col">Authors</th>
              <th scope="col">Changed</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/admin/articles/${a.id}`} data-testid="article-link">{a.headline || `Untitled #${a.id}`}</Link>
                </td>
                <td>
                  <StatusBadge status={a.status} />
                  {a.status === 'scheduled' && a.publishAt && <span className="muted small"> {formatDateTime(a.publishAt)}</span>}
                </td>
                <td>{a.editionCode}</td>
                <td>{sectionName(reference, a.sectionId)}</td>
                <td>{authors(a.authorIds)}</td>
                <td>{formatDateTime(a.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result && result.items.length === 0 && !loading && <p>No articles match these filters.</p>}
      {result && (
        <Pager count={result.items.length} label="Article pages" page={filters.page} total={result.total} pageSize={result.pageSize || PAGE_SIZE}
          onPage={(page) => apply({ ...filters, page })} />
      )}
    </section>
  );
}
