/** Live regions: errors (role=alert, always in the page so screen readers announce changes) and status lines. */
import type { ReactNode } from 'react';

export function ErrorAlert({ message, testId = 'error-alert', onDismiss }: { message: string | null; testId?: string; onDismiss?: () => void }) {
  return (
    <div role="alert" className={message ? 'alert alert--error' : 'alert alert--empty'} data-testid={testId}>
      {message && (
        <>
          <span>{message}</span>
          {onDismiss && (
            <button type="button" className="button button--quiet" onClick={onDismiss}>
              Dismiss
            </button>
          )}
        </>
      )}
    </div>
  );
}

export function StatusLine({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p role="status" aria-live="polite" className="status-line" data-testid={testId}>
      {children}
    </p>
  );
}
