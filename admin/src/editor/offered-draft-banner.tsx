/** "You have changes on this device that the server does not": restore them, or let them go. */
import { formatDateTime } from '../lib/time.js';
import type { OfferedDraft } from './use-article-editor.js';

export function OfferedDraftBanner({ offered, onRestore, onDiscard }: { offered: OfferedDraft; onRestore: () => void; onDiscard: () => void }) {
  const setAside = offered.key.endsWith(':mine');
  return (
    <section className="banner banner--info" role="region" aria-label="Unsaved changes on this device" data-testid="local-draft-banner">
      <p>
        {setAside ? 'Your version from before you took the other one' : 'Changes you made on this device that were not saved'} (
        {formatDateTime(offered.draft.savedAt)}) {setAside ? 'is' : 'are'} kept here. Headline: “{offered.draft.fields.headline || 'untitled'}”.
      </p>
      <div className="row">
        <button type="button" className="button button--primary" onClick={onRestore} data-testid="local-draft-restore">
          Restore {setAside ? 'my version' : 'these changes'}
        </button>
        <button type="button" className="button button--quiet" onClick={onDiscard} data-testid="local-draft-discard">
          Discard
        </button>
      </div>
    </section>
  );
}
