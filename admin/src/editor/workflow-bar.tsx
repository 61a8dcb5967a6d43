/**
 * The workflow buttons this user may use on this article (reporters submit
 * with an optional note, editors publish, schedule, unpublish, correct and send
 * back with a note), "Save now" (on a live article, optionally as a minor fix
 * that keeps the "Updated" time), and a live list of what is missing before
 * the article can be published. The buttons wrap, so a phone never scrolls sideways.
 */
import { useId, useState } from 'react';
import type { AdminArticle, SessionUser } from '../../../src/api/admin/contract.js';
import { bodyPublishProblems } from '../body/body-checks.js';
import { fromLocalInput, toLocalInput } from '../lib/time.js';
import type { DraftFields } from './article-fields.js';
import type { Workflow } from './use-workflow.js';
import { ACTION_LABELS, availableActions } from './workflow-actions.js';

type Step = null | 'submit' | 'send-back' | 'schedule' | 'correct' | 'unpublish';

export function WorkflowBar({ user, article, fields, workflow, onSaveNow, dirty }: {
  user: SessionUser;
  article: AdminArticle | null;
  fields: DraftFields;
  workflow: Workflow;
  onSaveNow: (minor: boolean) => void;
  dirty: boolean;
}) {
  const id = useId();
  const [step, setStep] = useState<Step>(null);
  const [publishAt, setPublishAt] = useState(() => toLocalInput(article?.publishAt ?? new Date(Date.now() + 3_600_000).toISOString()));
  const [noticeKind, setNoticeKind] = useState<'correction' | 'update'>('correction');
  const [noticeText, setNoticeText] = useState('');
  const [reviewNote, setReviewNote] = useState('');
  const [minor, setMinor] = useState(false);
  const live = article?.status === 'published';
  const actions = availableActions(user.role, article?.status ?? 'draft');
  const problems = bodyPublishProblems(fields.body);
  const busy = workflow.busy !== null;
  const done = async (ok: Promise<boolean>) => {
    if (await ok) {
      setStep(null);
      setNoticeText('');
      setReviewNote('');
    }
  };

  return (
    <section className="workflow" aria-label="Workflow" data-testid="workflow-bar">
      <div className="row">
        <button type="button" className="button" data-testid="save-now" onClick={() => onSaveNow(live && minor)} disabled={busy || !dirty}>
          {live ? 'Save changes' : 'Save now'}
        </button>
        {live && (
          <label className="checkbox small" title="A typo or similar: readers and feeds are not told the article was updated.">
            <input type="checkbox" data-testid="save-minor" checked={minor} onChange={(e) => setMinor(e.currentTarget.checked)} />
            Minor fix (keep the “Updated” time)
          </label>
        )}
        {actions.includes('submit') && (
          <button type="button" className="button button--primary" data-testid="action-submit" aria-expanded={step === 'submit'} disabled={busy}
            onClick={() => setStep(step === 'submit' ? null : 'submit')}>
            {ACTION_LABELS.submit}…
          </button>
        )}
        {actions.includes('send-back') && (
          <button type="button" className="button" data-testid="action-send-back" aria-expanded={step === 'send-back'} disabled={busy}
            onClick={() => setStep(step === 'send-back' ? null : 'send-back')}>
            {ACTION_LABELS['send-back']}…
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

      {step === 'submit' && (
        <form className="workflow__step" onSubmit={(e) => { e.preventDefault(); void done(workflow.run('submit', { note: reviewNote })); }}>
          <label htmlFor={`${id}-review-note`}>Note for the editors (optional)</label>
          <textarea id={`${id}-review-note`} data-testid="review-note" maxLength={2000} rows={3} value={reviewNote} onChange={(e) => setReviewNote(e.target.value)} />
          <button type="submit" className="button button--primary" data-testid="submit-confirm" disabled={busy}>Submit for review</button>
        </form>
      )}
      {step === 'send-back' && (
        <form className="workflow__step" onSubmit={(e) => { e.preventDefault(); if (reviewNote.trim()) void done(workflow.run('send-back', { note: reviewNote })); }}>
          <label htmlFor={`${id}-send-back-note`}>What should the reporter change?</label>
          <textarea id={`${id}-send-back-note`} data-testid="send-back-note" required maxLength={2000} rows={3} value={reviewNote} onChange={(e) => setReviewNote(e.target.value)} />
          <button type="submit" className="button button--primary" data-testid="send-back-confirm" disabled={busy || !reviewNote.trim()}>Send back to draft</button>
        </form>
      )}
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
