/** @jsxImportSource react */
// The pragma: test/admin-ui renders this file, and the root tsconfig compiles JSX for Preact (the public site).
/**
 * The list table every admin list page shares: a real <table> named for
 * assistive technology (aria-label), column headers with scope="col", and the
 * three states a list passes through — still loading (rows === null), empty,
 * filled — plus an optional pager slot below. Errors stay with the page (each
 * shows them in its own place); `error` only stops "Loading…" from being shown
 * forever when the first load failed.
 */
import type { HTMLAttributes, Key, ReactNode, TdHTMLAttributes } from 'react';

/** Cell attributes naming a column, which a stacked table (`table--stack`) shows beside each value on a phone. */
export const labelled = (label: string) => (): TdHTMLAttributes<HTMLTableCellElement> =>
  ({ 'data-label': label }) as TdHTMLAttributes<HTMLTableCellElement>;

export interface DataColumn<Row> {
  header: ReactNode;
  /** For a column of buttons: the header is read out but not shown. */
  hiddenHeader?: boolean;
  cell: (row: Row) => ReactNode;
  cellProps?: (row: Row) => TdHTMLAttributes<HTMLTableCellElement>;
}

export interface DataTableProps<Row> {
  /** The table's accessible name. */
  label: string;
  /** `false` entries are dropped, so a column can depend on a condition inline. */
  columns: ReadonlyArray<DataColumn<Row> | false>;
  /** null while the first load is under way. */
  rows: readonly Row[] | null;
  rowKey: (row: Row) => Key;
  rowProps?: (row: Row) => HTMLAttributes<HTMLTableRowElement> & { 'data-testid'?: string };
  /** Shown when there are no rows; not while `busy` (a reload may bring some). */
  empty: ReactNode;
  /** Shown while rows are null, unless `error` says the load failed. Nothing if omitted. */
  loadingText?: string;
  error?: string | null;
  busy?: boolean;
  className?: string;
  testId?: string;
  /** A class for a wrapping element (e.g. to scroll wide tables sideways). */
  wrapClassName?: string;
  /** Rendered under the table once rows have loaded, even when empty. */
  pager?: ReactNode;
}

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { rows, loadingText, error, busy, empty, pager } = props;
  if (rows === null) return loadingText && !error ? <p aria-busy="true">{loadingText}</p> : null;
  return (
    <>
      {rows.length > 0 ? <FilledTable {...props} rows={rows} /> : !busy && <p>{empty}</p>}
      {pager}
    </>
  );
}

function FilledTable<Row>({ label, columns, rows, rowKey, rowProps, className = 'table', testId, wrapClassName }: DataTableProps<Row> & { rows: readonly Row[] }) {
  const shown = columns.filter((c): c is DataColumn<Row> => c !== false);
  const table = (
    <table className={className} data-testid={testId} aria-label={label}>
      <thead>
        <tr>
          {shown.map((column, i) => (
            <th key={i} scope="col">
              {column.hiddenHeader ? <span className="visually-hidden">{column.header}</span> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowProps?.(row)}>
            {shown.map((column, i) => (
              <td key={i} {...column.cellProps?.(row)}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return wrapClassName ? <div className={wrapClassName}>{table}</div> : table;
}
