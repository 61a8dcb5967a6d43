/**
 * Which workflow buttons a user sees for an article: reporters submit for
 * review and never publish; editors and admins publish, schedule, unpublish,
 * publish corrections and send an article in review back to its reporter.
 * The server enforces the same rules; this only decides what to offer.
 */
import type { Role, WorkflowStatus } from '../../../src/api/admin/contract.js';

export type WorkflowAction = 'submit' | 'send-back' | 'publish' | 'schedule' | 'unpublish' | 'correct';

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  submit: 'Submit for review',
  'send-back': 'Send back',
  publish: 'Publish',
  schedule: 'Schedule',
  unpublish: 'Unpublish',
  correct: 'Publish correction or update',
};

export function availableActions(role: Role, status: WorkflowStatus): WorkflowAction[] {
  // The server lets a reporter submit drafts only; an unpublished article is the editors' until they republish it.
  if (role === 'reporter') return status === 'draft' ? ['submit'] : [];
  switch (status) {
    case 'draft':
    case 'unpublished':
      return ['publish', 'schedule'];
    case 'in_review':
      return ['publish', 'schedule', 'send-back'];
    case 'scheduled':
      return ['publish', 'schedule', 'unpublish'];
    case 'published':
      return ['correct', 'unpublish'];
  }
}

/** Actions that put the article in front of readers, so the body must be complete first. */
export const PUBLISHING_ACTIONS: ReadonlySet<WorkflowAction> = new Set(['publish', 'schedule', 'correct']);

export const STATUS_LABELS: Record<WorkflowStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
};

/** The statuses in workflow order (kept here so the app does not bundle the contract's zod schemas). */
export const WORKFLOW_STATUS_LIST = Object.keys(STATUS_LABELS) as WorkflowStatus[];
