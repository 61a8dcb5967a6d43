/** Authors and agency credits, with the newsroom byline they make previewed live (e.g. `es/wmd (AFP, dpa)`). */
import type { ReferenceData } from '../../../src/api/admin/contract.js';
import type { DraftFields } from './article-fields.js';
import { bylinePreview } from './byline-preview.js';
import { CheckboxList } from './checkbox-list.js';

export function PeopleFields({ reference, fields, update }: { reference: ReferenceData; fields: DraftFields; update: (patch: Partial<DraftFields>) => void }) {
  const byline = bylinePreview(reference, fields.authorIds, fields.agencyIds);
  return (
    <fieldset className="panel">
      <legend>Byline</legend>
      <p className="byline-preview">
        <span className="muted small" id="byline-preview-label">Byline: </span>
        <output data-testid="byline-preview" aria-labelledby="byline-preview-label" aria-live="polite">
          {byline || '—'}
        </output>
      </p>
      <CheckboxList legend="Authors" testId="authors" selected={fields.authorIds} onChange={(authorIds) => update({ authorIds })}
        options={reference.authors.map((a) => ({ id: a.id, label: a.name, hint: a.initials }))} />
      <CheckboxList legend="Agency credits" testId="agencies" selected={fields.agencyIds} onChange={(agencyIds) => update({ agencyIds })}
        options={reference.agencies.map((a) => ({ id: a.id, label: a.name, hint: a.code }))} />
    </fieldset>
  );
}
