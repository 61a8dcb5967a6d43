import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable, type DataTableProps } from '../../admin/src/lib/data-table.js';

interface Row { id: number; name: string }

function render(props: Partial<DataTableProps<Row>>): string {
  const base: DataTableProps<Row> = {
    label: 'People', rows: null, rowKey: (r) => r.id, empty: 'Nobody yet.',
    columns: [{ header: 'Name', cell: (r) => r.name }, { header: 'Actions', hiddenHeader: true, cell: () => 'x', cellProps: (r) => ({ title: `#${r.id}` }) }],
  };
  return renderToStaticMarkup(createElement(DataTable<Row>, { ...base, ...props }));
}

describe('DataTable', () => {
  it('renders a named table with column headers scoped to their columns', () => {
    const html = render({ rows: [{ id: 7, name: 'Ada' }], testId: 'people', pager: createElement('nav', null, 'pages') });
    expect(html).toContain('<table class="table" data-testid="people" aria-label="People">');
    expect(html).toContain('<th scope="col">Name</th><th scope="col"><span class="visually-hidden">Actions</span></th>');
    expect(html).toContain('<td>Ada</td><td title="#7">x</td>');
    expect(html).toMatch(/<\/table><nav>pages<\/nav>$/);
  });

  it('shows the loading text until rows arrive, but not after a failed load', () => {
    expect(render({ loadingText: 'Loading…' })).toBe('<p aria-busy="true">Loading…</p>');
    expect(render({ loadingText: 'Loading…', error: 'Server down' })).toBe('');
    expect(render({ pager: 'pages' })).toBe('');
  });

  it('shows the empty text with the pager, except while a reload is busy', () => {
    expect(render({ rows: [], pager: 'pages' })).toBe('<p>Nobody yet.</p>pages');
    expect(render({ rows: [], busy: true })).toBe('');
  });

  it('drops columns given as false', () => {
    const html = render({ rows: [{ id: 1, name: 'Ada' }], columns: [{ header: 'Name', cell: (r) => r.name }, false] });
    expect(html.match(/<th /g)).toHaveLength(1);
  });
});
