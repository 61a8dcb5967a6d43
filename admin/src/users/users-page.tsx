/**
 * `/admin/users` (admins): every account with its role, editions and state;
 * create an account, change its role and editions, disable or enable it, set
 * a new password. The operations check and audit each change (an admin cannot
 * disable or demote themself); a disabled account's sessions end at once.
 */
import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/client.js';
import { ErrorAlert, StatusLine } from '../lib/alerts.js';
import { DataTable } from '../lib/data-table.js';
import { useTitle } from '../lib/use-title.js';
import { useReference } from '../session/reference-context.js';
import { ROLE_LABELS, useUser } from '../session/session-context.js';
import { EditUserDialog, NewUserDialog, ResetPasswordDialog } from './user-dialogs.js';
import { usersApi, type AdminUser } from './users-api.js';
import '../structure/structure.css';

export function UsersPage() {
  useTitle('Users');
  const me = useUser();
  const { editions } = useReference();
  const [users, setUsers] = useState<AdminUser[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [resetting, setResetting] = useState<AdminUser | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);

  const reload = useCallback(async () => {
    try {
      setUsers(await usersApi.list());
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  const editionName = (code: string) => editions.find((e) => e.code === code)?.name ?? code;
  const saved = (message: string) => async () => {
    setCreating(false);
    setEditing(null);
    setResetting(null);
    await reload();
    setStatus(message);
  };
  const toggleDisabled = async (user: AdminUser) => {
    const disable = user.disabledAt === null;
    setBusyId(user.id);
    setError(null);
    try {
      await usersApi.update(user.id, { disabled: disable });
      await reload();
      setStatus(disable ? `${user.name} is disabled and signed out everywhere.` : `${user.name} can sign in again.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusyId(null);
    }
  };
  const rows = users && [...users].sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));

  return (
    <section className="page users">
      <div className="page__header">
        <h1>Users</h1>
      </div>
      <div className="row structure__toolbar">
        <button type="button" className="button" onClick={() => setCreating(true)} data-testid="new-user">
          New user…
        </button>
        <StatusLine testId="users-status">{status}</StatusLine>
      </div>
      <ErrorAlert message={error} testId="users-error" onDismiss={() => setError(null)} />
      <DataTable
        label="Users"
        rows={rows}
        rowKey={(u) => u.id}
        loadingText="Loading…"
        error={error}
        empty="No users."
        testId="users-table"
        className="table users-table"
        wrapClassName="structure__table-wrap"
        rowProps={(u) => ({ 'data-testid': `user-${u.email}` })}
        columns={[
          {
            header: 'Name',
            cell: (u) => (
              <>
                <span dir="auto">{u.name}</span>
                <br />
                <span className="muted small users__email">{u.email}</span>
              </>
            ),
          },
          { header: 'Role', cellProps: () => ({ 'data-label': 'Role' }) as object, cell: (u) => <span className={`role role--${u.role}`}>{ROLE_LABELS[u.role]}</span> },
          { header: 'Editions', cellProps: () => ({ 'data-label': 'Editions' }) as object, cell: (u) => (u.role === 'admin' ? 'All' : u.editionCodes.map(editionName).join(', ')) },
          {
            header: 'State',
            cellProps: () => ({ 'data-label': 'State' }) as object,
            cell: (u) => (u.disabledAt ? <span className="error-text" data-testid="user-state">Disabled</span> : <span data-testid="user-state">Active</span>),
          },
          {
            header: 'Actions',
            hiddenHeader: true,
            cell: (u) => {
              const self = u.id === me.id;
              return (
                <span className="structure__actions">
                  <button type="button" className="button button--small" aria-label={`Change ${u.name}`} onClick={() => setEditing(u)}>
                    Change…
                  </button>
                  <button type="button" className="button button--small" aria-label={`New password for ${u.name}`} onClick={() => setResetting(u)}>
                    Password…
                  </button>
                  <button
                    type="button"
                    className={u.disabledAt ? 'button button--small' : 'button button--small button--danger'}
                    disabled={self || busyId === u.id}
                    title={self ? 'You cannot disable your own account.' : undefined}
                    aria-label={`${u.disabledAt ? 'Enable' : 'Disable'} ${u.name}`}
                    onClick={() => void toggleDisabled(u)}
                    data-testid="toggle-disabled"
                  >
                    {u.disabledAt ? 'Enable' : 'Disable'}
                  </button>
                </span>
              );
            },
          },
        ]}
      />
      <NewUserDialog open={creating} editions={editions} onClose={() => setCreating(false)} onSaved={async (u) => saved(`Created ${u.name} (${ROLE_LABELS[u.role]}).`)()} />
      <EditUserDialog
        user={editing}
        self={editing?.id === me.id}
        editions={editions}
        onClose={() => setEditing(null)}
        onSaved={async (u) => saved(`Saved ${u.name}.`)()}
      />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} onSaved={async (u) => saved(`New password set for ${u.name}; their sessions have ended.`)()} />
    </section>
  );
}
