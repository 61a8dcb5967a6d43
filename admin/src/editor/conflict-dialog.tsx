/**
 * Someone else saved this article since it was loaded (409). Both versions
 * side by side — headline, teaser, body text — and a choice: keep mine
 * (saved over theirs), take theirs (mine stays on this device to restore),
 * or copy mine to the clipboard. Nothing typed is lost either way.
 */
import { useState } from 'react';
import type { AdminArticle } from '../../../src/api/admin/contract.js';
import { bodyToPlainText } from '../../../src/domain/blocks.js';
import { Dialog } from '../lib/dialog.js';
import { formatDateTime } from '../lib/time.js';
import type { DraftFields } from './article-fields.js';

function Version({ title, fields, testId }: { title: string; fields: Pick<DraftFields, 'headline' | 'teaser' | 'body'>; testId: string }) {
  return (
    <section className="conflict__version" data-testid={testId} aria-label={title}>
      <h3>{title}</h3>
      <h4>Headline</h4>
      <p>{fields.headline || <em>empty</em>}</p>
      <h4>Teaser</h4>
      <p>{fields.teaser || <em>empty</em>}</p>
      <h4>Body</h4>
      <div className="conflict__body">{bodyToPlainText(fields.body) || <em>empty</em>}</div>
    </section>
  );
}

export function versionAsText(fields: DraftFields): string {
  return [fields.kicker, fields.headline, fields.teaser, bodyToPlainText(fields.body)].filter(Boolean).join('\n\n');
}

export function ConflictDialog({ theirs, mine, onKeepMine, onTakeTheirs }: {
  theirs: AdminArticle | null;
  mine: DraftFields;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const [copied, setCopied] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(versionAsText(mine));
      setCopied('Your version is on the clipboard.');
    } catch {
      setCopied('The browser did not allow copying; select the text of your version and copy it.');
    }
  };
  return (
    <Dialog open={theirs !== null} title="This article was changed by someone else" onClose={() => undefined} dismissible={false}
      className="dialog--wide" testId="conflict-dialog">
      {theirs && (
        <>
          <p>
            While you were editing, a newer version was saved (revision {theirs.revision}, {formatDateTime(theirs.updatedAt)}). Your changes are kept on this
            device whatever you choose.
          </p>
          <div className="conflict">
            <Version title="Your version" fields={mine} testId="conflict-mine" />
            <Version title="Their version (saved)" fields={theirs} testId="conflict-theirs" />
          </div>
          <p role="status" className="small">
            {copied}
          </p>
          <div className="row">
            <button type="button" className="button button--primary" data-testid="conflict-keep-mine" onClick={onKeepMine}>
              Keep mine
            </button>
            <button type="button" className="button" data-testid="conflict-take-theirs" onClick={onTakeTheirs}>
              Take theirs
            </button>
            <button type="button" className="button button--quiet" data-testid="conflict-copy-mine" onClick={() => void copy()}>
              Copy my version
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
