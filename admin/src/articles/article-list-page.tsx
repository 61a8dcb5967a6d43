/** `/admin/`: the article list with filters, status badges and pagination, and the "New article" button. */
import { useState } from 'react';
import type { ArticleListResponse } from '../../../src/api/admin/contract.js';
import { errorMessage } from '../api/client.js';
import { api } from '../api/endpoints.js';
import { ErrorAlert } from '../lib/alerts.js';
import { DataTable, labelled } from '../lib/data-table.js';
import { Pager } from '../lib/pager.js';
import { Link, navigate, useLocation } from '../lib/router.js';
import { formatDateTime } from '../lib/time.js';
import { useAbortableLoad } from '../lib/use-abortable-load.js';
import { useTitle } from '../lib/use-title.js';
import { sectionName, useReference } from '../session/reference-context.js';
import { articleCache } from './article-cache.js';
import { FiltersForm } from './filters-form.js';
import { filtersFromSearch, filtersToApiQuery, filtersToSearch, PAGE_SIZE, type ListFilters } from './list-filters.js';
import { StatusBadge } from './status-badge.js';
import { useWireAlertKinds, WireAlertMarks } from '../wire/wire-alert-mark.js';

export function ArticleListPage() {
  useTitle('Articles');
  const reference = useReference();
  const { search } = useLocation();
  const filters = filtersFromSearch(search);
  const [result, setResult] = useState<ArticleListResponse | null>(null);
  const query = filtersToApiQuery(filters).toString();
  const { loading, error } = useAbortableLoad(
    query,
    (signal) => api.articles(new URLSearchParams(query), signal),
    (response) => {
      for (const a of response.items)
        articleCache.remember(a.id, { id: a.id, headline: a.headline, editionCode: a.editionCode, status: a.status });
      setResult(response);
    },
    errorMessage,
  );

  const alertKinds = useWireAlertKinds();
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
      <DataTable label="Articles" testId="article-list" rows={result?.items ?? null} rowKey={(a) => a.id} busy={loading}
        className="table table--stack" empty="No articles match these filters." columns={[
          {
            header: 'Headline',
            cell: (a) => (
              <>
                <Link to={`/admin/articles/${a.id}`} data-testid="article-link">{a.headline || `Untitled #${a.id}`}</Link>
                <WireAlertMarks kinds={alertKinds(a)} />
              </>
            ),
          },
          {
            header: 'Status',
            cellProps: labelled('Status'),
            cell: (a) => (
              <>
                <StatusBadge status={a.status} />
                {a.status === 'scheduled' && a.publishAt && <span className="muted small"> {formatDateTime(a.publishAt)}</span>}
              </>
            ),
          },
          { header: 'Edition', cell: (a) => a.editionCode, cellProps: labelled('Edition') },
          { header: 'Section', cell: (a) => sectionName(reference, a.sectionId), cellProps: labelled('Section') },
          { header: 'Authors', cell: (a) => authors(a.authorIds), cellProps: labelled('Authors') },
          { header: 'Changed', cell: (a) => formatDateTime(a.updatedAt), cellProps: labelled('Changed') },
        ]}
        pager={result && (
          <Pager count={result.items.length} label="Article pages" page={filters.page} total={result.total} pageSize={result.pageSize || PAGE_SIZE}
            onPage={(page) => apply({ ...filters, page })} />
        )} />
    </section>
  );
}
