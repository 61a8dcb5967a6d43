/** A workflow status as a coloured badge with its name in words (colour is never the only cue). */
import type { WorkflowStatus } from '../../../src/api/admin/contract.js';
import { STATUS_LABELS } from '../editor/workflow-actions.js';

export function StatusBadge({ status, testId }: { status: WorkflowStatus; testId?: string }) {
  return (
    <span className={`badge badge--${status}`} data-testid={testId} data-status={status}>
      {STATUS_LABELS[status] ?? status}
    </span>
  );
}
