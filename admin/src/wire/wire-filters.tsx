/** The desk's filter form: agency (the agencies on the desk), kind of item, language, urgency, subject, time range and words. */
import { useState, type FormEvent } from 'react';
import { fromLocalInput, toLocalInput } from '../lib/time.js';
import type { WireFilters } from './wire-api.js';

const URGENCY_CHOICES: [string, string][] = [
  ['', 'Any urgency'],
  ['1', 'Flash only'],
  ['2', 'Bulletin and flash'],
  ['3', 'Urgent and above'],
  ['5', 'Urgency 5 and above'],
];

const KIND_CHOICES: [string, string][] = [
  ['', 'Any kind'],
  ['text', 'Text'],
  ['picture', 'Pictures'],
  ['graphic', 'Graphics'],
  ['video', 'Video'],
  ['audio', 'Audio'],
  ['package', 'Packages'],
];

export function WireFiltersForm({ filters, providers, onApply }: {
  filters: WireFilters;
  /** The agencies with stories on the desk. */
  providers: string[];
  onApply: (filters: WireFilters) => void;
}) {
  const [draft, setDraft] = useState<WireFilters>(filters);
  const set = (patch: Partial<WireFilters>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = (text: string | undefined) => text?.trim() || undefined;
    onApply({
      ...draft, provider: clean(draft.provider), language: clean(draft.language), subject: clean(draft.subject), q: clean(draft.q),
      kind: clean(draft.kind), page: 1,
    });
  };
  return (
    <form className="filters" onSubmit={submit} role="search" aria-label="Filter the wire">
      <div className="field field--grow">
        <label htmlFor="wire-q">Search</label>
        <input id="wire-q" type="search" value={draft.q ?? ''} maxLength={200} onChange={(e) => set({ q: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="wire-provider">Agency</label>
        <select id="wire-provider" value={draft.provider ?? ''} onChange={(e) => set({ provider: e.target.value || undefined })}>
          <option value="">All agencies</option>
          {[...new Set([...providers, ...(draft.provider ? [draft.provider] : [])])].map((p) => (
            <option key={p} value={p}>{p}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="wire-kind">Kind</label>
        <select id="wire-kind" value={draft.kind ?? ''} onChange={(e) => set({ kind: e.target.value || undefined })}>
          {KIND_CHOICES.map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="wire-language">Language</label>
        <input id="wire-language" size={5} value={draft.language ?? ''} maxLength={35} placeholder="en" onChange={(e) => set({ language: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="wire-urgency">Urgency</label>
        <select id="wire-urgency" value={draft.maxUrgency ?? ''} onChange={(e) => set({ maxUrgency: e.target.value ? Number(e.target.value) : undefined })}>
          {URGENCY_CHOICES.map(([value, label]) => (
            <option key={value} value={value}>{label}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="wire-subject">Subject code</label>
        <input id="wire-subject" size={14} value={draft.subject ?? ''} maxLength={200} placeholder="medtop:04000000" onChange={(e) => set({ subject: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="wire-since">Received from</label>
        <input id="wire-since" type="datetime-local" value={toLocalInput(draft.since)} onChange={(e) => set({ since: fromLocalInput(e.target.value) ?? undefined })} />
      </div>
      <div className="field">
        <label htmlFor="wire-until">to</label>
        <input id="wire-until" type="datetime-local" value={toLocalInput(draft.until)} onChange={(e) => set({ until: fromLocalInput(e.target.value) ?? undefined })} />
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">Filter</button>
        <button type="button" className="button" onClick={() => { setDraft({}); onApply({}); }}>Clear</button>
      </div>
    </form>
  );
}

/** Does a story arriving live belong in the list under these filters? (Search and subject are left to the server.) */
export function matchesFilters(
  story: { provider: string; language: string | null; urgency: number | null; subjectCodes: string[]; itemClass?: string },
  f: WireFilters,
): boolean {
  if (f.kind && story.itemClass !== f.kind) return false;
  if (f.q || f.since || f.until || (f.page ?? 1) > 1) return false;
  if (f.provider && story.provider !== f.provider) return false;
  if (f.language && story.language !== f.language) return false;
  if (f.maxUrgency !== undefined && (story.urgency === null || story.urgency > f.maxUrgency)) return false;
  if (f.subject && !story.subjectCodes.some((c) => c.includes(f.subject as string))) return false;
  return true;
}
