/**
 * Creating or changing a section (admins): name, address (slug, on creation
 * only), parent and description. Only top-level sections other than this one
 * are offered as parents, and none to a section that has subsections — the
 * server checks the same and its message is shown in the dialog.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { errorMessage } from '../api/client.js';
import { Dialog } from '../lib/dialog.js';
import { structureApi, type StructureSection } from './structure-api.js';

type Editing = { kind: 'new' } | { kind: 'edit'; section: StructureSection } | null;

const slugFrom = (name: string) =>
  name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);

export function SectionDialog({ editing, editionCode, sections, onClose, onSaved }: {
  editing: Editing;
  editionCode: string;
  sections: StructureSection[];
  onClose: () => void;
  onSaved: (message: string) => Promise<void>;
}) {
  const current = editing?.kind === 'edit' ? editing.section : null;
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugTouched, setSlugTouched] = useState(false);
  const [parentId, setParentId] = useState<number | null>(null);
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setName(current?.name ?? '');
    setSlug(current?.slug ?? '');
    setSlugTouched(false);
    setParentId(current?.parentId ?? null);
    setDescription(current?.description ?? '');
    setError(null);
  }, [editing]);

  const hasChildren = current !== null && sections.some((s) => s.parentId === current.id);
  const parents = sections.filter((s) => s.parentId === null && s.id !== current?.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (current) {
        await structureApi.updateSection(current.id, { name: name.trim(), description, parentId });
        await onSaved(`Saved “${name.trim()}”.`);
      } else {
        await structureApi.createSection({ editionCode, parentId, slug: slug.trim(), name: name.trim(), description });
        await onSaved(`Created “${name.trim()}”.`);
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={editing !== null} title={current ? `Edit section “${current.name}”` : 'New section'} onClose={onClose} testId="section-dialog">
      <form onSubmit={(e) => void submit(e)} className="structure__form">
        <div className="field">
          <label htmlFor="section-name">Name</label>
          <input
            id="section-name"
            required
            maxLength={80}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              if (!current && !slugTouched) setSlug(slugFrom(e.target.value));
            }}
          />
        </div>
        {!current && (
          <div className="field">
            <label htmlFor="section-slug">Address (slug)</label>
            <input
              id="section-slug"
              required
              maxLength={60}
              value={slug}
              dir="ltr"
              aria-describedby="section-slug-hint"
              onChange={(e) => {
                setSlug(e.target.value);
                setSlugTouched(true);
              }}
            />
            <span id="section-slug-hint" className="muted small">
              Lower-case letters, digits and single hyphens; it becomes /{editionCode}/…/{slug || 'slug'}/ and cannot change later.
            </span>
          </div>
        )}
        <div className="field">
          <label htmlFor="section-parent">Parent section</label>
          <select
            id="section-parent"
            value={parentId ?? ''}
            disabled={hasChildren}
            aria-describedby={hasChildren ? 'section-parent-hint' : undefined}
            onChange={(e) => setParentId(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">None (top level)</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {hasChildren && (
            <span id="section-parent-hint" className="muted small">
              This section has subsections, so it stays at the top level.
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="section-description">Description</label>
          <textarea id="section-description" rows={3} maxLength={500} value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
        {error && (
          <p role="alert" className="error-text" data-testid="section-dialog-error">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="save-section">
            {busy ? 'Saving…' : current ? 'Save section' : 'Create section'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
