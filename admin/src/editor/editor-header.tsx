/** The editor's title row: headline, status, save state (live region), preview and public links. */
import type { AdminArticle } from '../../../src/api/admin/contract.js';
import { StatusBadge } from '../articles/status-badge.js';
import { StatusLine } from '../lib/alerts.js';
import { Link } from '../lib/router.js';
import { formatDateTime } from '../lib/time.js';
import { saveStateText, type SaveState } from './save-state.js';

export function EditorHeader({ article, headline, save, message }: { article: AdminArticle | null; headline: string; save: SaveState; message: string | null }) {
  return (
    <header className="editor-header">
      <p className="small">
        <Link to="/admin/">← All articles</Link>
      </p>
      <div className="editor-header__title">
        <h1 data-testid="editor-title">{article ? headline.trim() || `Article #${article.id}` : 'New article'}</h1>
        {article && <StatusBadge status={article.status} testId="article-status" />}
        {article?.status === 'scheduled' && article.publishAt && <span className="small">for {formatDateTime(article.publishAt)}</span>}
      </div>
      <div className="editor-header__meta">
        <StatusLine testId="save-status">{saveStateText(save)}</StatusLine>
        <StatusLine testId="workflow-status">{message}</StatusLine>
        <div className="row">
          {article && (
            <a className="button button--quiet" href={article.previewUrl} target="_blank" rel="noopener" data-testid="preview-link">
              Preview<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          )}
          {article?.publicUrl && (
            <a className="button button--quiet" href={article.publicUrl} target="_blank" rel="noopener" data-testid="public-link">
              View live article<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          )}
          {article && (
            <Link className="button button--quiet" to={`/admin/articles/${article.id}/live`} data-testid="live-link">
              Live coverage
            </Link>
          )}
          {article && <span className="muted small">Revision {article.revision} · short link /p/{article.shortId}</span>}
        </div>
      </div>
    </header>
  );
}
