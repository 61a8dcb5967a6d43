/** `/admin/articles/new` and `/admin/articles/:id`: the article editor. */
import { ErrorAlert } from '../lib/alerts.js';
import { Link } from '../lib/router.js';
import { useTitle } from '../lib/use-title.js';
import { ArticleForm } from './article-form.js';
import { ConflictDialog } from './conflict-dialog.js';
import { EditorHeader } from './editor-header.js';
import { HistoryPanel } from './history-panel.js';
import { OfferedDraftBanner } from './offered-draft-banner.js';
import { ReviewNoteBanner } from './review-note-banner.js';
import { useArticleEditor } from './use-article-editor.js';
import { useWorkflow } from './use-workflow.js';
import { WireAlerts } from './wire-alerts.js';
import { WorkflowBar } from './workflow-bar.js';

export function ArticleEditorPage({ articleId, editorKey }: { articleId: number | null; editorKey: string }) {
  const editor = useArticleEditor(articleId, editorKey);
  const workflow = useWorkflow(editor);
  const { article, fields } = editor;

  useTitle(article ? fields.headline.trim() || `Article #${article.id}` : 'New article');

  if (editor.loading) return <p aria-busy="true" className="page">Loading the article…</p>;
  if (editor.loadError)
    return (
      <section className="page">
        <h1>Cannot open this article</h1>
        <ErrorAlert message={editor.loadError} />
        <Link to="/admin/">Back to the article list</Link>
      </section>
    );

  return (
    <section className="page page--editor" data-testid="article-editor">
      {article && <WireAlerts alerts={article.wireAlerts} />}
      <EditorHeader article={article} headline={fields.headline} save={editor.save} message={workflow.message} />
      <ErrorAlert message={editor.error} onDismiss={() => editor.setError(null)} />
      {article && <ReviewNoteBanner article={article} />}
      {editor.offered && <OfferedDraftBanner offered={editor.offered} onRestore={editor.restoreOffered} onDiscard={editor.discardOffered} />}
      <WorkflowBar user={editor.user} article={article} fields={fields} workflow={workflow} dirty={editor.isDirty() || !article}
        onSaveNow={(minor) => void editor.persist({ minor })} />
      <ArticleForm reference={editor.reference} user={editor.user} article={article} fields={fields} update={editor.update}
        bodyKey={editor.bodyKey} flagProblems={workflow.problems.length > 0} />
      {article && <HistoryPanel articleId={article.id} revision={article.revision} onRestore={editor.restoreRevision} />}
      <ConflictDialog theirs={editor.conflict} mine={fields} onKeepMine={editor.keepMine} onTakeTheirs={editor.takeTheirs} />
    </section>
  );
}
