/** One pinned slot on the front page screen: the article, whether it shows now, its expiry, and its actions. */
import { useId, type ReactNode } from 'react';
import type { PinState } from '../../../src/api/admin/front-page-contract.js';
import { fromLocalInput, toLocalInput } from '../lib/time.js';
import type { SlotDraft } from './front-page-draft.js';

const STATE_TEXT: Record<PinState | 'unsaved', { label: string; className: string }> = {
  live: { label: 'Live', className: 'badge--published' },
  expired: { label: 'Expired: automatic again', className: 'badge--draft' },
  hidden: { label: 'Not shown: unpublished or under embargo', className: 'badge--unpublished' },
  unsaved: { label: 'Not saved yet', className: 'badge--scheduled' },
};

export function PinState({ state }: { state: PinState | undefined }) {
  const text = STATE_TEXT[state ?? 'unsaved'];
  return (
    <span className={`badge ${text.className}`} data-state={state ?? 'unsaved'}>
      {text.label}
    </span>
  );
}

export function PinSlot({
  slot, onExpiry, children, testId,
}: { slot: SlotDraft; onExpiry: (iso: string | null) => void; children?: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <div className="pin-slot" data-testid={testId} data-article-id={slot.articleId}>
      <div className="pin-slot__article">
        <strong className="pin-slot__headline">{slot.headline}</strong> <PinState state={slot.state} />
      </div>
      <div className="pin-slot__controls">
        <div className="field field--inline pin-slot__expiry">
          <label htmlFor={`${id}-until`}>Until</label>
          <input
            id={`${id}-until`}
            type="datetime-local"
            value={toLocalInput(slot.expiresAt)}
            onChange={(e) => onExpiry(fromLocalInput(e.target.value))}
            aria-describedby={`${id}-until-hint`}
          />
          <span id={`${id}-until-hint`} className="visually-hidden">
            Your local time. Leave empty to keep the pin until you change it.
          </span>
        </div>
        <div className="row">{children}</div>
      </div>
    </div>
  );
}
