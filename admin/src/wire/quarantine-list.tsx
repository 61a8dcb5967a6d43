/** Files the parsers refused, newest first, with the reason and where the kept copy is. */
import type { QuarantineEntryDto } from '../../../src/api/admin/wire-contract.js';
import { DataTable } from '../lib/data-table.js';
import { formatDateTime } from '../lib/time.js';

export function QuarantineList({ entries }: { entries: QuarantineEntryDto[] | null }) {
  return (
    <DataTable label="Quarantined files" testId="wire-quarantine" rows={entries} rowKey={(q) => q.id} loadingText="Loading the quarantine…"
      empty="No file has been quarantined." columns={[
        { header: 'Received', cell: (q) => formatDateTime(q.receivedAt) },
        {
          header: 'File',
          cell: (q) => (
            <>
              {q.fileName}
              {q.storedName && <div className="muted small">kept as quarantine/{q.storedName} ({q.size.toLocaleString()} bytes)</div>}
            </>
          ),
        },
        { header: 'Source', cell: (q) => q.source },
        { header: 'Reason', cell: (q) => <><span className="wire-status">{q.code.replace('_', ' ')}</span> {q.reason}</> },
      ]} />
  );
}
