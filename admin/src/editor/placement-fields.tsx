/** Where the article appears: edition (the user's editions), section (of that edition) and topics. */
import type { ReferenceData, SessionUser } from '../../../src/api/admin/contract.js';
import type { DraftFields } from './article-fields.js';
import { CheckboxList } from './checkbox-list.js';

export function sectionLabel(reference: ReferenceData, id: number): string {
  const section = reference.sections.find((s) => s.id === id);
  if (!section) return `Section ${id}`;
  const parent = reference.sections.find((s) => s.id === section.parentId);
  return parent ? `${parent.name} › ${section.name}` : section.name;
}

export function PlacementFields({ reference, user, fields, update }: {
  reference: ReferenceData;
  user: SessionUser;
  fields: DraftFields;
  update: (patch: Partial<DraftFields>) => void;
}) {
  const editions = reference.editions.filter((e) => user.role === 'admin' || user.editionCodes.includes(e.code) || e.code === fields.editionCode);
  const sections = reference.sections.filter((s) => s.editionCode === fields.editionCode);
  const topics = reference.topics.filter((t) => t.editionCode === fields.editionCode);
  const changeEdition = (code: string) => {
    const keepSection = reference.sections.some((s) => s.id === fields.sectionId && s.editionCode === code);
    const topicIds = fields.topicIds.filter((id) => reference.topics.some((t) => t.id === id && t.editionCode === code));
    update({ editionCode: code, sectionId: keepSection ? fields.sectionId : null, topicIds });
  };
  return (
    <fieldset className="panel">
      <legend>Placement</legend>
      <div className="field">
        <label htmlFor="article-edition">Edition</label>
        <select id="article-edition" data-testid="edition-select" value={fields.editionCode} onChange={(e) => changeEdition(e.target.value)}>
          {!fields.editionCode && <option value="">Choose…</option>}
          {editions.map((e) => (
            <option key={e.code} value={e.code}>{e.name}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="article-section">Section</label>
        <select id="article-section" data-testid="section-select" required value={fields.sectionId ?? ''}
          onChange={(e) => update({ sectionId: e.target.value ? Number(e.target.value) : null })}>
          <option value="">Choose a section…</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>{sectionLabel(reference, s.id)}</option>
          ))}
        </select>
      </div>
      <CheckboxList legend="Topics" testId="topics" selected={fields.topicIds} onChange={(topicIds) => update({ topicIds })}
        options={topics.map((t) => ({ id: t.id, label: t.name }))} empty="This edition has no topics." />
    </fieldset>
  );
}
