/** Finding another article to tease in the body ("Read also"), by searching `GET /api/admin/articles?q=`. */
import { useEffect, useId, useState } from 'react';
import type { ArticleListItem } from '../../../src/api/admin/contract.js';
import { errorMessage } from '../api/client.js';
import { api } from '../api/endpoints.js';
import { ErrorAlert } from '../lib/alerts.js';
import { Dialog } from '../lib/dialog.js';
import { formatDateTime } from '../lib/time.js';
import { articleCache } from './article-cache.js';
import { StatusBadge } from './status-badge.js';

export interface ArticlePickerOptions {
  /** Dialog title; "Add a related article" by default. */
  title?: string;
  /** Extra list filters, e.g. `{ edition: 'en', status: 'published' }` (the front page picks only published articles). */
  filters?: Record<string, string>;
  /** The pick button's label; "Add" by default. */
  actionLabel?: string;
}

export function ArticlePickerDialog({
  open, onPick, onClose, title = 'Add a related article', filters, actionLabel,
}: { open: boolean; onPick: (a: ArticleListItem) => void; onClose: () => void } & ArticlePickerOptions) {
  return (
    <Dialog open={open} title={title} onClose={onClose} testId="article-picker">
      {open && <PickerBody onPick={onPick} filters={filters} actionLabel={actionLabel} />}
    </Dialog>
  );
}

function PickerBody({ onPick, filters, actionLabel = 'Add' }: { onPick: (a: ArticleListItem) => void; filters?: Record<string, string>; actionLabel?: string }) {
  const filterKey = JSON.stringify(filters ?? {});
  const id = useId();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<ArticleListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      const query = new URLSearchParams({ ...(JSON.parse(filterKey) as Record<string, string>), page: '1', pageSize: '10' });
      if (q.trim()) query.set('q', q.trim());
      api.articles(query, controller.signal).then(
        (r) => {
          setError(null);
          setItems(r.items);
        },
        (e: unknown) => (e as Error).name !== 'AbortError' && setError(errorMessage(e)),
      );
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [q, filterKey]);

  return (
    <div className="picker">
      <div className="field">
        <label htmlFor={`${id}-q`}>Search articles</label>
        <input id={`${id}-q`} type="search" data-testid="article-picker-search" autoFocus value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      <ErrorAlert message={error} />
      <p role="status" className="muted small">
        {items === null ? 'Searching…' : `${items.length} found`}
      </p>
      <ul className="picker__list">
        {items?.map((a) => (
          <li key={a.id}>
            <span>
              <strong>{a.headline}</strong> <StatusBadge status={a.status} />{' '}
              <span className="muted small">
                {a.editionCode} · {formatDateTime(a.firstPublishedAt ?? a.updatedAt)}
              </span>
            </span>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                articleCache.remember(a.id, { id: a.id, headline: a.headline, editionCode: a.editionCode, status: a.status });
                onPick(a);
              }}
              aria-label={`${actionLabel}: ${a.headline}`}
            >
              {actionLabel}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
