/** Authors (shared by every edition): list, create, change name, initials, title and bio. The author page's address follows the name at creation. */
import { useState } from 'react';
import { DataTable } from '../lib/data-table.js';
import { StatusLine } from '../lib/alerts.js';
import { FieldsDialog, type FieldSpec } from './fields-dialog.js';
import type { ScreenProps } from './structure-page.js';
import { structureApi, type StructureAuthor } from './structure-api.js';

const FIELDS: FieldSpec[] = [
  { name: 'name', label: 'Name', required: true, maxLength: 120, dir: 'auto' },
  { name: 'initials', label: 'Initials', maxLength: 6, hint: '1 to 6 letters for the byline, e.g. “wmd”; left empty, they come from the name.' },
  { name: 'title', label: 'Role or title', maxLength: 120, dir: 'auto', hint: 'Shown on the author page, e.g. “Correspondent, Brussels”.' },
  { name: 'bio', label: 'Biography', kind: 'textarea', maxLength: 1000, dir: 'auto' },
];

export function AuthorsScreen({ data, reload }: ScreenProps) {
  const [editing, setEditing] = useState<StructureAuthor | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const current = editing !== 'new' ? editing : null;
  const rows = [...data.authors].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="structure__screen" data-testid="authors-screen">
      <div className="row structure__toolbar">
        <button type="button" className="button" onClick={() => setEditing('new')} data-testid="new-author">
          New author…
        </button>
        <StatusLine testId="authors-status">{status}</StatusLine>
      </div>
      <DataTable
        label="Authors"
        rows={rows}
        rowKey={(a) => a.id}
        empty="No authors yet."
        wrapClassName="structure__table-wrap"
        columns={[
          { header: 'Name', cell: (a) => <span dir="auto">{a.name}</span> },
          { header: 'Initials', cell: (a) => a.initials },
          { header: 'Role or title', cell: (a) => <span dir="auto">{a.title || '—'}</span> },
          {
            header: 'Actions',
            hiddenHeader: true,
            cell: (a) => (
              <button type="button" className="button button--small" aria-label={`Edit author “${a.name}”`} onClick={() => setEditing(a)}>
                Edit…
              </button>
            ),
          },
        ]}
      />
      <FieldsDialog
        open={editing !== null}
        title={current ? `Edit author “${current.name}”` : 'New author'}
        fields={FIELDS}
        initial={current ? { name: current.name, initials: current.initials, title: current.title, bio: current.bio } : { name: '', initials: '', title: '', bio: '' }}
        submitLabel={current ? 'Save author' : 'Create author'}
        testId="author-dialog"
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          const body = { name: v.name!.trim(), title: (v.title ?? '').trim(), bio: v.bio ?? '', ...(v.initials?.trim() ? { initials: v.initials.trim() } : {}) };
          if (current) await structureApi.updateAuthor(current.id, body);
          else await structureApi.createAuthor(body);
          setEditing(null);
          await reload();
          setStatus(`Saved “${body.name}”.`);
        }}
      />
    </div>
  );
}
