/**
 * What happened at a revision, as the history labels it. Stored with each
 * revision since migration 015; older revisions are read from their summary.
 */
export const REVISION_KINDS = [
  'created', 'saved', 'submitted', 'sent_back', 'scheduled', 'published', 'updated', 'minor_fix', 'corrected', 'restored', 'unpublished',
] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export const REVISION_KIND_LABELS: Record<RevisionKind, string> = {
  created: 'Created',
  saved: 'Saved',
  submitted: 'Submitted for review',
  sent_back: 'Sent back',
  scheduled: 'Scheduled',
  published: 'Published',
  updated: 'Updated',
  minor_fix: 'Minor fix',
  corrected: 'Corrected',
  restored: 'Restored',
  unpublished: 'Unpublished',
};

export const isRevisionKind = (value: unknown): value is RevisionKind => (REVISION_KINDS as readonly unknown[]).includes(value);

/** The kind of a revision stored before kinds were: its summary is the only record of what happened. */
export function kindFromSummary(summary: string): RevisionKind {
  if (summary === 'created') return 'created';
  if (summary === 'published') return 'published';
  if (summary === 'unpublished') return 'unpublished';
  if (summary.startsWith('submitted')) return 'submitted';
  if (summary.startsWith('scheduled')) return 'scheduled';
  if (summary.startsWith('restored')) return 'restored';
  return 'saved';
}

/** The review steps whose note the reporter and the editors see. */
export type ReviewStep = Extract<RevisionKind, 'submitted' | 'sent_back'>;

/** The latest review step of an article, with who took it and the note they left. */
export interface ReviewNote {
  kind: ReviewStep;
  revision: number;
  userId: number | null;
  note: string | null;
  createdAt: string;
}

/** An article waiting for review, with its submission. */
export interface AwaitingReview {
  articleId: number;
  editionCode: string;
  headline: string;
  revision: number;
  submittedAt: string;
  submittedBy: number | null;
  note: string | null;
}
