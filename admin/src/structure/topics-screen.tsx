/** Topics of every edition the admin works in: list, create, rename and describe (the slug stays: it is the topic page's address). */
import { useState } from 'react';
import { DataTable } from '../lib/data-table.js';
import { StatusLine } from '../lib/alerts.js';
import { FieldsDialog, type FieldSpec } from './fields-dialog.js';
import type { ScreenProps } from './structure-page.js';
import { structureApi, type StructureTopic } from './structure-api.js';

export function TopicsScreen({ data, reload }: ScreenProps) {
  const [editing, setEditing] = useState<StructureTopic | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const editionName = (code: string) => data.editions.find((e) => e.code === code)?.name ?? code;
  const rows = [...data.topics].sort((a, b) => a.editionCode.localeCompare(b.editionCode) || a.name.localeCompare(b.name));
  const fields: FieldSpec[] =
    editing === 'new'
      ? [
          { name: 'editionCode', label: 'Edition', kind: 'select', options: data.editions.map((e) => ({ value: e.code, label: e.name })) },
          { name: 'name', label: 'Name', required: true, maxLength: 80, dir: 'auto' },
          { name: 'slug', label: 'Address (slug)', required: true, maxLength: 80, dir: 'ltr', hint: 'Letters, digits and single hyphens; the topic page is /edition/topic/slug/.' },
          { name: 'description', label: 'Description', kind: 'textarea', maxLength: 500, dir: 'auto' },
        ]
      : [
          { name: 'name', label: 'Name', required: true, maxLength: 80, dir: 'auto' },
          { name: 'description', label: 'Description', kind: 'textarea', maxLength: 500, dir: 'auto' },
        ];
  const current = editing !== 'new' ? editing : null;

  return (
    <div className="structure__screen" data-testid="topics-screen">
      <div className="row structure__toolbar">
        <button type="button" className="button" onClick={() => setEditing('new')} data-testid="new-topic">
          New topic…
        </button>
        <StatusLine testId="topics-status">{status}</StatusLine>
      </div>
      <DataTable
        label="Topics"
        rows={rows}
        rowKey={(t) => t.id}
        empty="No topics yet."
        wrapClassName="structure__table-wrap"
        columns={[
          { header: 'Name', cell: (t) => <span dir="auto">{t.name}</span> },
          { header: 'Edition', cell: (t) => editionName(t.editionCode) },
          { header: 'Slug', cell: (t) => <code>{t.slug}</code> },
          { header: 'In focus', cell: (t) => (t.focusPosition === null ? '—' : `#${t.focusPosition + 1}`) },
          {
            header: 'Actions',
            hiddenHeader: true,
            cell: (t) => (
              <button type="button" className="button button--small" aria-label={`Edit topic “${t.name}”`} onClick={() => setEditing(t)}>
                Edit…
              </button>
            ),
          },
        ]}
      />
      <FieldsDialog
        open={editing !== null}
        title={current ? `Edit topic “${current.name}”` : 'New topic'}
        fields={fields}
        initial={current ? { name: current.name, description: current.description } : { editionCode: data.editions[0]?.code ?? '', name: '', slug: '', description: '' }}
        submitLabel={current ? 'Save topic' : 'Create topic'}
        testId="topic-dialog"
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          if (current) await structureApi.updateTopic(current.id, { name: v.name!.trim(), description: v.description ?? '' });
          else await structureApi.createTopic({ editionCode: v.editionCode!, name: v.name!.trim(), slug: v.slug!.trim(), description: v.description ?? '' });
          setEditing(null);
          await reload();
          setStatus(`Saved “${v.name!.trim()}”.`);
        }}
      />
    </div>
  );
}
