/** The article list's filter form: edition, section, status, author, date range and search. */
import { useState, type FormEvent } from 'react';
import type { ReferenceData } from '../../../src/api/admin/contract.js';
import { STATUS_LABELS, WORKFLOW_STATUS_LIST } from '../editor/workflow-actions.js';
import type { ListFilters } from './list-filters.js';

const num = (value: string) => (value ? Number(value) : undefined);

export function FiltersForm({ reference, filters, onApply }: { reference: ReferenceData; filters: ListFilters; onApply: (f: ListFilters) => void }) {
  const [draft, setDraft] = useState<ListFilters>(filters);
  const set = (patch: Partial<ListFilters>) => setDraft((d) => ({ ...d, ...patch }));
  const sections = reference.sections.filter((s) => !draft.edition || s.editionCode === draft.edition);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, q: draft.q?.trim() || undefined, page: 1 });
  };
  return (
    <form className="filters" onSubmit={submit} role="search" aria-label="Filter articles">
      <div className="field field--grow">
        <label htmlFor="filter-q">Search</label>
        <input id="filter-q" type="search" data-testid="filter-q" value={draft.q ?? ''} maxLength={200} onChange={(e) => set({ q: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="filter-edition">Edition</label>
        <select id="filter-edition" value={draft.edition ?? ''} onChange={(e) => set({ edition: e.target.value || undefined, section: undefined })}>
          <option value="">All</option>
          {reference.editions.map((e) => (
            <option key={e.code} value={e.code}>{e.name}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-section">Section</label>
        <select id="filter-section" value={draft.section ?? ''} onChange={(e) => set({ section: num(e.target.value) })}>
          <option value="">All</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>{draft.edition ? s.name : `${s.name} (${s.editionCode})`}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" data-testid="filter-status" value={draft.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || undefined) as ListFilters['status'] })}>
          <option value="">All</option>
          {WORKFLOW_STATUS_LIST.map((s) => (
            <option key={s} value={s}>{STATUS_LABELS[s]}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-author">Author</label>
        <select id="filter-author" value={draft.author ?? ''} onChange={(e) => set({ author: num(e.target.value) })}>
          <option value="">All</option>
          {reference.authors.map((a) => (
            <option key={a.id} value={a.id}>{a.name}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-from">Changed from</label>
        <input id="filter-from" type="date" value={draft.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
      </div>
      <div className="field">
        <label htmlFor="filter-to">to</label>
        <input id="filter-to" type="date" value={draft.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">Filter</button>
        <button type="button" className="button button--quiet" onClick={() => { setDraft({ page: 1 }); onApply({ page: 1 }); }}>
          Clear
        </button>
      </div>
    </form>
  );
}
