/** Agencies credited on articles: list, create, rename. The code stays once created: wire sources and credits refer to it. */
import { useState } from 'react';
import { DataTable } from '../lib/data-table.js';
import { StatusLine } from '../lib/alerts.js';
import { FieldsDialog, type FieldSpec } from './fields-dialog.js';
import type { ScreenProps } from './structure-page.js';
import { structureApi, type StructureAgency } from './structure-api.js';

const NAME: FieldSpec = { name: 'name', label: 'Name', required: true, maxLength: 120, dir: 'auto' };
const CODE: FieldSpec = { name: 'code', label: 'Code', required: true, maxLength: 20, dir: 'ltr', hint: 'A short code such as “AFP”; it cannot change later.' };

export function AgenciesScreen({ data, reload }: ScreenProps) {
  const [editing, setEditing] = useState<StructureAgency | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const current = editing !== 'new' ? editing : null;
  const rows = [...data.agencies].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="structure__screen" data-testid="agencies-screen">
      <div className="row structure__toolbar">
        <button type="button" className="button" onClick={() => setEditing('new')} data-testid="new-agency">
          New agency…
        </button>
        <StatusLine testId="agencies-status">{status}</StatusLine>
      </div>
      <DataTable
        label="Agencies"
        rows={rows}
        rowKey={(a) => a.id}
        empty="No agencies yet."
        wrapClassName="structure__table-wrap"
        columns={[
          { header: 'Code', cell: (a) => <code>{a.code}</code> },
          { header: 'Name', cell: (a) => <span dir="auto">{a.name}</span> },
          {
            header: 'Actions',
            hiddenHeader: true,
            cell: (a) => (
              <button type="button" className="button button--small" aria-label={`Rename agency “${a.name}”`} onClick={() => setEditing(a)}>
                Rename…
              </button>
            ),
          },
        ]}
      />
      <FieldsDialog
        open={editing !== null}
        title={current ? `Rename agency ${current.code}` : 'New agency'}
        fields={current ? [NAME] : [CODE, NAME]}
        initial={current ? { name: current.name } : { code: '', name: '' }}
        submitLabel={current ? 'Save name' : 'Create agency'}
        testId="agency-dialog"
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          if (current) await structureApi.updateAgency(current.id, { name: v.name!.trim() });
          else await structureApi.createAgency({ code: v.code!.trim(), name: v.name!.trim() });
          setEditing(null);
          await reload();
          setStatus(`Saved “${v.name!.trim()}”.`);
        }}
      />
    </div>
  );
}
