/**
 * Runs a workflow step (submit, publish, schedule, unpublish, correct) for
 * the article being edited: unsaved changes are saved first (except on a
 * live article, whose changes go out only with a correction), an incomplete
 * body stops publishing with the list of what is missing, and the server's
 * answer becomes the editor's article. Server errors are shown verbatim.
 */
import { useState } from 'react';
import type { AdminArticle } from '../../../src/api/admin/contract.js';
import { errorMessage } from '../api/client.js';
import { api } from '../api/endpoints.js';
import { bodyPublishProblems } from '../body/body-checks.js';
import { formatClock } from '../lib/time.js';
import { createBlocker, slugEditable, toArticleFields } from './article-fields.js';
import { autosaves, isAdminArticle } from './article-guards.js';
import type { ArticleEditorState } from './use-article-editor.js';
import { PUBLISHING_ACTIONS, type WorkflowAction } from './workflow-actions.js';

export interface ActionOptions {
  publishAt?: string;
  notice?: { kind: 'correction' | 'update'; text: string };
  /** The note with a submission (optional) or a send-back (required). */
  note?: string;
}

const DONE: Record<WorkflowAction, string> = {
  submit: 'Submitted for review',
  'send-back': 'Sent back to the reporter',
  publish: 'Published',
  schedule: 'Scheduled',
  unpublish: 'Unpublished',
  correct: 'Correction published',
};

export function useWorkflow(editor: ArticleEditorState) {
  const [busy, setBusy] = useState<WorkflowAction | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const run = async (action: WorkflowAction, options: ActionOptions = {}): Promise<boolean> => {
    editor.setError(null);
    setMessage(null);
    const { fields } = editor.current();
    if (PUBLISHING_ACTIONS.has(action)) {
      const found = bodyPublishProblems(fields.body);
      setProblems(found);
      if (found.length > 0) {
        editor.setError(`Not ready to publish: ${found.join(' ')}`);
        return false;
      }
    }
    setBusy(action);
    try {
      const before = editor.current().article;
      if (!before || (editor.isDirty() && autosaves(before) && action !== 'correct')) {
        if (!(await editor.persist())) {
          if (!editor.current().article) editor.setError(createBlocker(editor.current().fields) ?? 'Save the article first.');
          return false;
        }
      }
      const article = editor.current().article;
      if (!article) return false;
      let result: AdminArticle;
      if (action === 'schedule') result = await api.schedule(article.id, article.revision, options.publishAt ?? '');
      else if (action === 'correct') {
        if (!options.notice) return false;
        result = await api.correct(article.id, toArticleFields(editor.current().fields, slugEditable(article)), article.revision, options.notice);
      } else result = await api.transition(article.id, action, article.revision, options.note?.trim() || undefined);
      const next = isAdminArticle(result) ? result : await api.article(article.id);
      editor.adopt(next, action === 'correct');
      setMessage(`${DONE[action]} at ${formatClock(new Date())}.`);
      return true;
    } catch (e) {
      if (!editor.showConflict(e)) editor.setError(errorMessage(e));
      return false;
    } finally {
      setBusy(null);
    }
  };

  return { busy, message, problems, run };
}

export type Workflow = ReturnType<typeof useWorkflow>;
