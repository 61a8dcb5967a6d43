/** The title row of a block node view: what it is, and its buttons (kept out of the editable text). */
import type { ReactNode } from 'react';

export function NodeBar({ label, children }: { label: string; children?: ReactNode }) {
  return (
    <div className="node__bar" contentEditable={false}>
      <span className="node__label" data-drag-handle>
        {label}
      </span>
      <span className="node__buttons">{children}</span>
    </div>
  );
}
