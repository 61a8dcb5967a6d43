/**
 * The workflow buttons this user may use on this article (reporters submit,
 * editors publish, schedule, unpublish and correct), "Save now", and a live
 * list of what is missing before the article can be published.
 */
import { useId, useState } from 'react';
import type { AdminArticle, SessionUser } from '../../../src/api/admin/contract.js';
import { bodyPublishProblems } from '../body/body-checks.js';
import { fromLocalInput, toLocalInput } from '../lib/time.js';
import type { DraftFields } from './article-fields.js';
import type { Workflow } from './use-workflow.js';
import { ACTION_LABELS, availableActions } from './workflow-actions.js';

type Step = null | 'schedule' | 'correct' | 'unpublish';

export function WorkflowBar({ user, article, fields, workflow, onSaveNow, dirty }: {
  user: SessionUser;
  article: AdminArticle | null;
  fields: DraftFields;
  workflow: Workflow;
  onSaveNow: () => void;
  dirty: boolean;
}) {
  const id = useId();
  const [step, setStep] = useState<Step>(null);
  const [publishAt, setPublishAt] = useState(() => toLocalInput(article?.publishAt ?? new Date(Date.now() + 3_600_000).toISOString()));
  const [noticeKind, setNoticeKind] = useState<'correction' | 'update'>('correction');
  const [noticeText, setNoticeText] = useState('');
  const actions = availableActions(user.role, article?.status ?? 'draft');
  const problems = bodyPublishProblems(fields.body);
  const busy = workflow.busy !== null;
  const done = async (ok: Promise<boolean>) => {
    if (await ok) {
      setStep(null);
      setNoticeText('');
    }
  };

  return (
    <section className="workflow" aria-label="Workflow" data-testid="workflow-bar">
      <div className="row">
        <button type="button" className="button" data-testid="save-now" onClick={onSaveNow} disabled={busy || !dirty}>
          Save now
        </button>
        {actions.includes('submit') && (
          <button type="button" className="button button--primary" data-testid="action-submit" disabled={busy} onClick={() => void workflow.run('submit')}>
            {ACTION_LABELS.submit}
          </button>
        )}
        {actions.includes('publish') && (
          <button type="button" className="button button--primary" data-testid="action-publish" disabled={busy} onClick={() => void workflow.run('publish')}>
            {workflow.busy === 'publish' ? 'Publishing…' : ACTION_LABELS.publish}
          </button>
        )}
        {actions.includes('schedule') && (
          <button type="button" className="button" data-testid="action-schedule" aria-expanded={step === 'schedule'} disabled={busy}
            onClick={() => setStep(step === 'schedule' ? null : 'schedule')}>
            {ACTION_LABELS.schedule}…
          </button>
        )}
        {actions.includes('correct') && (
          <button type="button" className="button button--primary" data-testid="action-correct" aria-expanded={step === 'correct'} disabled={busy}
            onClick={() => setStep(step === 'correct' ? null : 'correct')}>
            {ACTION_LABELS.correct}…
          </button>
        )}
        {actions.includes('unpublish') && (
          <button type="button" className="button button--danger" data-testid="action-unpublish" aria-expanded={step === 'unpublish'} disabled={busy}
            onClick={() => setStep(step === 'unpublish' ? null : 'unpublish')}>
            {ACTION_LABELS.unpublish}…
          </button>
        )}
      </div>

      {step === 'schedule' && (
        <form className="workflow__step" onSubmit={(e) => { e.preventDefault(); const at = fromLocalInput(publishAt); if (at) void done(workflow.run('schedule', { publishAt: at })); }}>
          <label htmlFor={`${id}-at`}>Publish at (your local time)</label>
          <input id={`${id}-at`} data-testid="schedule-at" type="datetime-local" required value={publishAt} onChange={(e) => setPublishAt(e.target.value)} />
          <button type="submit" className="button button--primary" data-testid="schedule-confirm" disabled={busy}>Schedule</button>
        </form>
      )}
      {step === 'correct' && (
        <form className="workflow__step" onSubmit={(e) => { e.preventDefault(); void done(workflow.run('correct', { notice: { kind: noticeKind, text: noticeText.trim() } })); }}>
          <fieldset className="inline-choices">
            <legend>Notice shown to readers</legend>
            {(['correction', 'update'] as const).map((kind) => (
              <label key={kind}>
                <input type="radio" name={`${id}-kind`} value={kind} checked={noticeKind === kind} onChange={() => setNoticeKind(kind)} data-testid={`notice-kind-${kind}`} />
                {kind === 'correction' ? 'Correction' : 'Update'}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-notice`}>Notice text</label>
          <textarea id={`${id}-notice`} data-testid="notice-text" required maxLength={2000} rows={3} value={noticeText} onChange={(e) => setNoticeText(e.target.value)} />
          <button type="submit" className="button button--primary" data-testid="correct-confirm" disabled={busy || !noticeText.trim()}>
            Publish {noticeKind}
          </button>
        </form>
      )}
      {step === 'unpublish' && (
        <div className="workflow__step" role="group" aria-label="Confirm unpublishing">
          <p>Take this article off the site? Readers following links to it will get a “not found” page.</p>
          <button type="button" className="button button--danger" data-testid="unpublish-confirm" disabled={busy} onClick={() => void done(workflow.run('unpublish'))}>
            Yes, unpublish
          </button>
          <button type="button" className="button button--quiet" onClick={() => setStep(null)}>Cancel</button>
        </div>
      )}

      <div className="workflow__checks" data-testid="publish-checks">
        {problems.length === 0 ? (
          <p className="ok small">Body complete: every image has alt text, caption and credit.</p>
        ) : (
          <>
            <p className="small">Before this can be published:</p>
            <ul className="small">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
