/**
 * A modal dialog on the native `<dialog>` element, rendered at the end of the
 * page (outside forms and right-to-left text areas): focus is trapped,
 * Escape closes it (reported through `onClose`), the title labels it.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  testId?: string;
  /** When false, Escape does not close (a decision must be made). */
  dismissible?: boolean;
}

export function Dialog({ open, title, onClose, children, className, testId, dismissible = true }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return createPortal(
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        if (dismissible) onClose();
      }}
    >
      {open && (
        <>
          <div className="dialog__header">
            <h2 id={titleId}>{title}</h2>
            {dismissible && (
              <button type="button" className="button button--quiet" onClick={onClose} aria-label="Close">
                ×
              </button>
            )}
          </div>
          {children}
        </>
      )}
    </dialog>,
    document.body,
  );
}
